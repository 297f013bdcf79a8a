using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Data.Configurations;

internal sealed class CompetencyScoreConfiguration : IEntityTypeConfiguration<CompetencyScore>
{
    public void Configure(EntityTypeBuilder<CompetencyScore> builder)
    {
        builder.HasKey(s => new { s.AssessmentId, s.CompetencyNumber });
        builder.HasOne<Competency>().WithMany().HasForeignKey(s => s.CompetencyNumber).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("CK_CompetencyScores_Range", "\"Score\" BETWEEN 1 AND 4"));
    }
}
