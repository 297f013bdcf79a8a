using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Data;

/// <summary>Stores a financial year as its starting calendar year, so it sorts and compares in SQL.</summary>
public sealed class FinancialYearConverter() : ValueConverter<FinancialYear, int>(
    year => year.StartYear,
    startYear => new FinancialYear(startYear));
