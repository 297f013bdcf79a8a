using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Data.Seeding;

/// <summary>
/// Fills an empty database: the reference data and facts from <c>seed/</c>, then demonstration
/// data generated from a fixed seed. <paramref name="directory"/> holds the seed files.
/// </summary>
public sealed class SeedData(string directory)
{
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "seed");

    private const int BuyersPerBatch = 250;

    public string Directory => directory;

    /// <summary>
    /// Writes everything through <paramref name="db"/>; the caller owns the transaction.
    /// <paramref name="scale"/> 1 is England's 152 PCTs; N adds (N-1) x 152 synthetic PCTs.
    /// </summary>
    public async Task SeedAsync(AppDbContext db, int scale, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 1);
        // Read every file first: a malformed one stops the seed before anything is written.
        var reference = ReferenceData.Read(directory);

        db.AddRange(reference.Organisations);
        db.AddRange(reference.Lists);
        db.AddRange(reference.ServiceAreas);
        db.AddRange(reference.Suppliers);
        db.AddRange(reference.Competencies);
        db.AddRange(reference.AssessmentYears);
        db.AddRange(reference.Pilots);
        db.AddRange(reference.StageChanges);
        db.AddRange(reference.Contracts);
        db.AddRange(reference.Facts);
        db.AddRange(reference.UserScopes);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        var syntheticPcts = await AddSyntheticPctsAsync(db, reference, scale, cancellationToken);
        var scope = new DemonstrationScope(
            DemonstrationScope.DefaultDataEndsOn,
            reference.Lists.OrderBy(l => l.Id).Select(l => l.Id).ToList(),
            reference.ServiceAreas.Select(a => a.Id).ToList(),
            reference.Suppliers.Select(s => s.Id).ToList(),
            reference.Competencies.Select(c => c.Number).ToList(),
            reference.AssessmentYears);
        var random = new DemoRandom(DemoRandom.DefaultSeed);
        await GenerateFescAndAssessmentsAsync(db, reference, syntheticPcts, scope, random, cancellationToken);
        await CompletePilotsAsync(db, scope, random, cancellationToken);

        db.DataOrigins.Add(new DataOrigin
        {
            Description = $"Demonstration data generated from seed {DemoRandom.DefaultSeed} at {scale} times national scale. " +
                "Organisations are the real ones of 2008; facts from the seed articles are kept with their source.",
            IsDemonstration = true,
            RecordedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<List<Organisation>> AddSyntheticPctsAsync(
        AppDbContext db, ReferenceData reference, int scale, CancellationToken cancellationToken)
    {
        var shas = reference.Organisations.Where(o => o.Kind == OrganisationKind.StrategicHealthAuthority).ToList();
        var realCount = reference.Organisations.Count(o => o.IsCommissioner);
        var synthetic = Enumerable.Range(1, (scale - 1) * realCount)
            .Select(n => new Organisation
            {
                Code = $"S{n:000000}",
                Name = $"Synthetic PCT {n}",
                Kind = OrganisationKind.PrimaryCareTrust,
                ParentId = shas[n % shas.Count].Id,
                CodeNote = "Synthetic, generated for benchmarks",
            })
            .ToList();
        foreach (var batch in synthetic.Chunk(2_000))
        {
            db.AddRange(batch);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        return synthetic;
    }

    private static async Task GenerateFescAndAssessmentsAsync(
        AppDbContext db, ReferenceData reference, List<Organisation> syntheticPcts, DemonstrationScope scope,
        DemoRandom random, CancellationToken cancellationToken)
    {
        var fesc = new FescDemonstrationGenerator(random, scope);
        var assessments = new AssessmentDemonstrationGenerator(random, scope);
        var pilotBuyers = reference.Pilots.Select(p => p.Organisation).Where(o => !o.IsCommissioner);
        var buyers = reference.Organisations.Where(o => o.IsCommissioner).Concat(syntheticPcts).Concat(pilotBuyers).ToList();

        foreach (var batch in buyers.Chunk(BuyersPerBatch))
        {
            foreach (var organisation in batch)
            {
                db.AddRange(fesc.Generate(ToBuyer(organisation, reference)));
                if (organisation.IsCommissioner) db.AddRange(assessments.Generate(organisation.Id));
            }
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    private static DemonstrationBuyer ToBuyer(Organisation organisation, ReferenceData reference)
    {
        // An SHA or agency buys for the real PCTs of its region (East of England's 14, the West Midlands' 17).
        var covered = organisation.IsCommissioner
            ? [organisation.Id]
            : reference.Organisations.Where(o => o.IsCommissioner && o.ParentId == (organisation.ParentId ?? organisation.Id))
                .Select(o => o.Id).ToList();
        var known = reference.StageChanges.Where(s => s.Buyer == organisation).OrderBy(s => s.ChangedOn)
            .Select(s => (s.Stage, s.ChangedOn)).ToList();
        return new DemonstrationBuyer(organisation.Id, organisation.Kind, covered, known,
            reference.Contracts.SingleOrDefault(c => c.Buyer == organisation));
    }

    private static async Task CompletePilotsAsync(AppDbContext db, DemonstrationScope scope, DemoRandom random, CancellationToken cancellationToken)
    {
        var generator = new PilotDemonstrationGenerator(random, scope);
        var pilots = await db.Pilots.OrderBy(p => p.Id).ToListAsync(cancellationToken);
        foreach (var pilot in pilots)
        {
            var history = await db.StageChanges.Where(s => s.BuyerId == pilot.OrganisationId).ToListAsync(cancellationToken);
            generator.Complete(pilot, history);
        }
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
