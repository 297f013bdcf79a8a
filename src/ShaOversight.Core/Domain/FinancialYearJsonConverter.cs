using System.Text.Json;
using System.Text.Json.Serialization;

namespace ShaOversight.Core.Domain;

/// <summary>
/// Writes a financial year as "2009/10". Without this the serializer would follow
/// <see cref="FinancialYear.Previous"/> for ever, and pages could not hand their data to the circuit.
/// </summary>
public sealed class FinancialYearJsonConverter : JsonConverter<FinancialYear>
{
    public override FinancialYear Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        FinancialYear.TryParse(reader.GetString(), out var year, out var error) ? year.Value : throw new JsonException(error);

    public override void Write(Utf8JsonWriter writer, FinancialYear value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Label);
}
