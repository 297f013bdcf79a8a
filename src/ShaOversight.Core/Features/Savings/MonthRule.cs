using FluentValidation;

namespace ShaOversight.Core.Features.Savings;

/// <summary>The rule every "open this month" drill shares: the month must have begun by the as-at date.</summary>
public static class MonthRule
{
    public static IRuleBuilderOptions<T, DateOnly?> NotAfterAsAt<T>(this IRuleBuilder<T, DateOnly?> rule, Func<T, DateOnly> asAt) =>
        rule.Must((query, month) => month is not { } m || new DateOnly(m.Year, m.Month, 1) <= asAt(query))
            .WithMessage((query, month) => $"{month:MMMM yyyy} is after the as-at date, {asAt(query):d MMMM yyyy}: there are no returns for it yet.");
}
