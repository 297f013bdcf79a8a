using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Data.Configurations;

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> builder)
    {
        builder.HasOne(a => a.Pct).WithMany().HasForeignKey(a => a.PctId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.AssessmentYear).WithMany().HasForeignKey(a => a.AssessmentYearId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.AssessmentYearId, a.PctId }).IsUnique();
        builder.HasMany(a => a.Scores).WithOne().HasForeignKey(s => s.AssessmentId);
        builder.HasVersionToken();
    }
}
