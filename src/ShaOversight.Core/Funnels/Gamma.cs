namespace ShaOversight.Core.Funnels;

/// <summary>The standard gamma distribution (scale 1), enough of it for Poisson funnel limits.</summary>
internal static class Gamma
{
    /// <summary>The q-quantile of a gamma distribution of shape k: x with P(k, x) = q, found by bisection.</summary>
    public static double Quantile(double q, double shape)
    {
        double low = 0, high = Math.Max(1, shape);
        while (RegularisedLower(shape, high) < q) high *= 2;
        // 200 halvings take any bracket below double precision; the loop stops sooner once they meet.
        for (var i = 0; i < 200 && high - low > 1e-13 * high; i++)
        {
            var mid = (low + high) / 2;
            if (RegularisedLower(shape, mid) < q) low = mid; else high = mid;
        }
        return (low + high) / 2;
    }

    /// <summary>P(a, x), the regularised lower incomplete gamma function.</summary>
    public static double RegularisedLower(double a, double x)
    {
        if (x <= 0) return 0;
        // The power series converges fast below a + 1, the continued fraction above it.
        return x < a + 1 ? Series(a, x) : 1 - ContinuedFraction(a, x);
    }

    private static double Series(double a, double x)
    {
        double term = 1 / a, sum = term;
        for (var n = 1; n < 1000 && Math.Abs(term) > Math.Abs(sum) * 1e-16; n++)
        {
            term *= x / (a + n);
            sum += term;
        }
        return sum * Math.Exp(-x + a * Math.Log(x) - LogGamma(a));
    }

    /// <summary>Q(a, x) by Lentz's method on the Legendre continued fraction.</summary>
    private static double ContinuedFraction(double a, double x)
    {
        const double tiny = 1e-300;
        double b = x + 1 - a, c = 1 / tiny, d = 1 / b, h = d;
        for (var i = 1; i < 1000; i++)
        {
            var an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.Abs(d) < tiny) d = tiny;
            c = b + an / c;
            if (Math.Abs(c) < tiny) c = tiny;
            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < 1e-16) break;
        }
        return Math.Exp(-x + a * Math.Log(x) - LogGamma(a)) * h;
    }

    /// <summary>ln Γ(a) by the Lanczos approximation (g = 7, nine coefficients), good to about 15 digits.</summary>
    private static double LogGamma(double a)
    {
        if (a < 0.5) return Math.Log(Math.PI / Math.Abs(Math.Sin(Math.PI * a))) - LogGamma(1 - a);
        ReadOnlySpan<double> coefficients =
        [
            0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
            1.5056327351493116e-7,
        ];
        a -= 1;
        var sum = coefficients[0];
        for (var i = 1; i < coefficients.Length; i++) sum += coefficients[i] / (a + i);
        var t = a + 7.5;
        return 0.5 * Math.Log(2 * Math.PI) + (a + 0.5) * Math.Log(t) - t + Math.Log(sum);
    }
}
