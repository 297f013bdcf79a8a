namespace ShaOversight.Core.Data.Seeding;

/// <summary>
/// A seeded random source with the few distributions the demonstration data needs. The same
/// seed gives the same data on every machine, so screenshots and tests can rely on it.
/// </summary>
public sealed class DemoRandom(int seed)
{
    public const int DefaultSeed = 20070601;

    private readonly Random _random = new(seed);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public double Between(double low, double high) => low + (high - low) * _random.NextDouble();

    public int Between(int low, int highInclusive) => _random.Next(low, highInclusive + 1);

    public decimal Money(decimal low, decimal high, decimal roundTo) =>
        Math.Round((decimal)Between((double)low, (double)high) / roundTo) * roundTo;

    public DateOnly Date(DateOnly from, DateOnly to) => from.AddDays(_random.Next(0, to.DayNumber - from.DayNumber + 1));

    /// <summary>A normally distributed value (Box-Muller).</summary>
    public double Normal(double mean, double standardDeviation)
    {
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return mean + standardDeviation * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Sin(2.0 * Math.PI * u2);
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public IReadOnlyList<T> PickSome<T>(IReadOnlyList<T> items, int count) =>
        items.OrderBy(_ => _random.Next()).Take(Math.Min(count, items.Count)).ToList();
}
