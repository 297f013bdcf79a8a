using FluentValidation;
using Mediator;
using ShaOversight.Core.Application;
using ShaOversight.Core.Security;

namespace ShaOversight.Core.Features.Imports;

/// <summary>Checks a file and says what loading it would do, writing nothing.</summary>
[AllowedRoles(Role.Analyst, Role.Admin)]
public sealed record PreviewImport(ImportKind Kind, UploadedFile File) : IQuery<ImportOutcome>;

public sealed class PreviewImportValidator : AbstractValidator<PreviewImport>
{
    public PreviewImportValidator()
    {
        RuleFor(m => m.Kind).IsInEnum();
        RuleFor(m => m.File.FileName).NotEmpty().MaximumLength(255).WithName("File name");
    }
}

public sealed class PreviewImportHandler(ImportRunner runner, AccessService access) : IQueryHandler<PreviewImport, ImportOutcome>
{
    public async ValueTask<ImportOutcome> Handle(PreviewImport query, CancellationToken cancellationToken) =>
        await runner.RunAsync(await access.CurrentAsync(cancellationToken), query.Kind, query.File, commit: false, cancellationToken);
}
