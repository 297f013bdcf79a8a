using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Data.Seeding;

/// <summary>
/// Everything read from <c>seed/</c>: the real organisations, FESC's lists and service areas,
/// the suppliers and pilots the seed articles name, and every reported fact with its source.
/// Read whole before anything is written, so a bad file stops the seed before it starts.
/// </summary>
public sealed class ReferenceData
{
    public required IReadOnlyList<Organisation> Organisations { get; init; }
    public required IReadOnlyList<FescList> Lists { get; init; }
    public required IReadOnlyList<ServiceArea> ServiceAreas { get; init; }
    public required IReadOnlyList<Supplier> Suppliers { get; init; }
    public required IReadOnlyList<Competency> Competencies { get; init; }
    public required IReadOnlyList<AssessmentYear> AssessmentYears { get; init; }
    public required IReadOnlyList<Pilot> Pilots { get; init; }
    public required IReadOnlyList<StageChange> StageChanges { get; init; }
    public required IReadOnlyList<Contract> Contracts { get; init; }
    public required IReadOnlyList<PublishedFact> Facts { get; init; }
    public required IReadOnlyList<UserScope> UserScopes { get; init; }

    public Organisation Organisation(string code) => Organisations.Single(o => o.Code == code);

    public static ReferenceData Read(string directory)
    {
        var organisations = ReadOrganisations(directory);
        var byCode = organisations.ToDictionary(o => o.Code, StringComparer.Ordinal);
        var lists = new SeedFile(directory, "fesc-lists.csv", "code", "name", "description", "source").Rows()
            .Select(r => new FescList { Code = r.Required("code"), Name = r.Required("name"), Description = r.Required("description") })
            .ToList();
        var areas = new SeedFile(directory, "service-areas.csv", "code", "name", "source").Rows()
            .Select(r => new ServiceArea { Code = r.Required("code"), Name = r.Required("name") })
            .ToList();
        var suppliers = ReadSuppliers(directory, lists);
        var lookups = new Lookups(byCode, lists, areas, suppliers);
        var pilots = ReadPilots(directory, lookups);

        return new ReferenceData
        {
            Organisations = organisations,
            Lists = lists,
            ServiceAreas = areas,
            Suppliers = suppliers,
            Competencies = new SeedFile(directory, "competencies.csv", "number", "name").Rows()
                .Select(r => new Competency { Number = r.Int("number"), Name = r.Required("name") }).ToList(),
            AssessmentYears = ReadAssessmentYears(directory),
            Pilots = pilots,
            StageChanges = new SeedFile(directory, "stage-changes.csv", "buyer_code", "stage", "changed_on", "note", "source").Rows()
                .Select(r => new StageChange
                {
                    Buyer = lookups.Organisation(r, "buyer_code"),
                    Stage = r.Enum<FescStage>("stage"),
                    ChangedOn = r.Date("changed_on"),
                    Note = r.Optional("note"),
                    Source = r.Required("source"),
                }).ToList(),
            Contracts = ContractSeedFile.Read(directory, lookups),
            Facts = new SeedFile(directory, "published-facts.csv", "topic", "statement", "value", "unit", "source").Rows()
                .Select(r => new PublishedFact
                {
                    Topic = r.Required("topic"),
                    Statement = r.Required("statement"),
                    Value = r.OptionalDecimal("value"),
                    Unit = r.Optional("unit"),
                    Source = r.Required("source"),
                }).ToList(),
            UserScopes = new SeedFile(directory, "user-scopes.csv", "object_id", "display_name", "organisation_code").Rows()
                .Select(r => new UserScope
                {
                    ObjectId = r.Required("object_id"),
                    DisplayName = r.Required("display_name"),
                    Organisation = r.Optional("organisation_code") is null ? null : lookups.Organisation(r, "organisation_code"),
                }).ToList(),
        };
    }

    private static List<Pilot> ReadPilots(string directory, Lookups lookups)
    {
        var pilots = new SeedFile(directory, "pilots.csv", "organisation_code", "name", "aim", "source").Rows()
            .Select(r => new Pilot
            {
                Organisation = lookups.Organisation(r, "organisation_code"),
                Name = r.Required("name"),
                Aim = r.Required("aim"),
                Source = r.Required("source"),
                RagReason = "",
            }).ToList();
        foreach (var row in new SeedFile(directory, "pilot-lessons.csv", "organisation_code", "recorded_on", "text", "source").Rows())
        {
            var code = row.Required("organisation_code");
            var pilot = pilots.SingleOrDefault(p => p.Organisation.Code == code)
                ?? throw row.Error("organisation_code", $"'{code}' is not a pilot in pilots.csv.");
            pilot.Lessons.Add(new PilotLesson { RecordedOn = row.Date("recorded_on"), Text = row.Required("text"), Source = row.Required("source") });
        }
        return pilots;
    }

    private static List<Organisation> ReadOrganisations(string directory)
    {
        var organisations = new List<Organisation>();
        var byCode = new Dictionary<string, Organisation>(StringComparer.Ordinal);
        foreach (var row in new SeedFile(directory, "organisations.csv", "code", "name", "kind", "parent_code", "code_note").Rows())
        {
            var organisation = new Organisation
            {
                Code = row.Required("code"),
                Name = row.Required("name"),
                Kind = ParseKind(row),
                CodeNote = row.Optional("code_note"),
            };
            if (!byCode.TryAdd(organisation.Code, organisation))
                throw row.Error("code", $"'{organisation.Code}' appears twice.");

            var parentCode = row.Optional("parent_code");
            if (organisation.Kind == OrganisationKind.StrategicHealthAuthority)
            {
                if (parentCode is not null) throw row.Error("parent_code", "an SHA has no parent.");
            }
            else
            {
                if (parentCode is null) throw row.Error("parent_code", "every body other than an SHA needs its SHA's code.");
                if (!byCode.TryGetValue(parentCode, out var parent) || parent.Kind != OrganisationKind.StrategicHealthAuthority)
                    throw row.Error("parent_code", $"'{parentCode}' is not an SHA listed above this line.");
                organisation.Parent = parent;
            }
            organisations.Add(organisation);
        }
        return organisations;
    }

    private static OrganisationKind ParseKind(SeedRow row) => row.Required("kind") switch
    {
        "Strategic Health Authority" => OrganisationKind.StrategicHealthAuthority,
        "PCT" => OrganisationKind.PrimaryCareTrust,
        "Care Trust" => OrganisationKind.CareTrust,
        "Care Trust Plus" => OrganisationKind.CareTrustPlus,
        "Commissioning Support Agency" => OrganisationKind.CommissioningSupportAgency,
        var other => throw row.Error("kind", $"'{other}' is not a kind of organisation this app knows."),
    };

    private static List<Supplier> ReadSuppliers(string directory, List<FescList> lists)
    {
        var suppliers = new List<Supplier>();
        foreach (var row in new SeedFile(directory, "suppliers.csv", "name", "lists", "lists_source", "source").Rows())
        {
            var supplier = new Supplier { Name = row.Required("name"), Source = row.Required("source") };
            foreach (var code in row.List("lists"))
            {
                var list = lists.SingleOrDefault(l => l.Code == code) ?? throw row.Error("lists", $"'{code}' is not a FESC list code.");
                supplier.Listings.Add(new SupplierListing { Supplier = supplier, FescList = list });
            }
            suppliers.Add(supplier);
        }
        return suppliers;
    }

    private static List<AssessmentYear> ReadAssessmentYears(string directory) =>
        new SeedFile(directory, "assessment-years.csv", "year", "round", "unrated_competencies").Rows()
            .Select(r => new AssessmentYear
            {
                Year = FinancialYear.TryParse(r.Required("year"), out var year, out var error) ? year.Value : throw r.Error("year", error),
                RoundNumber = r.Int("round"),
                UnratedCompetencies = string.Join(",", r.List("unrated_competencies")),
            }).ToList();
}

/// <summary>Finds the things a seed row refers to by code or name, failing with the row's line.</summary>
internal sealed record Lookups(
    IReadOnlyDictionary<string, Organisation> Organisations,
    IReadOnlyList<FescList> Lists,
    IReadOnlyList<ServiceArea> Areas,
    IReadOnlyList<Supplier> Suppliers)
{
    public Organisation Organisation(SeedRow row, string column)
    {
        var code = row.Required(column);
        return Organisations.TryGetValue(code, out var organisation)
            ? organisation
            : throw row.Error(column, $"'{code}' is not an organisation code in organisations.csv.");
    }

    public FescList List(SeedRow row, string column)
    {
        var code = row.Required(column);
        return Lists.SingleOrDefault(l => l.Code == code) ?? throw row.Error(column, $"'{code}' is not a FESC list code.");
    }

    public ServiceArea Area(SeedRow row, string column, string code) =>
        Areas.SingleOrDefault(a => a.Code == code) ?? throw row.Error(column, $"'{code}' is not a service area code.");

    public Supplier Supplier(SeedRow row, string column)
    {
        var name = row.Required(column);
        return Suppliers.SingleOrDefault(s => s.Name == name) ?? throw row.Error(column, $"'{name}' is not in suppliers.csv.");
    }
}
