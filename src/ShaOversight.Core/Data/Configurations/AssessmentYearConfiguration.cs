using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Data.Configurations;

internal sealed class AssessmentYearConfiguration : IEntityTypeConfiguration<AssessmentYear>
{
    public void Configure(EntityTypeBuilder<AssessmentYear> builder)
    {
        builder.Property(y => y.Year).HasColumnName("StartYear");
        builder.HasIndex(y => y.Year).IsUnique();
        builder.Property(y => y.UnratedCompetencies).HasMaxLength(40);
    }
}
