namespace ShaOversight.Core.Domain;

/// <summary>One of the seven FESC pilot sites.</summary>
public sealed class Pilot
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public Organisation Organisation { get; set; } = null!;
    public required string Name { get; set; }

    /// <summary>What the pilot set out to buy, as the seed articles report it.</summary>
    public required string Aim { get; set; }

    /// <summary>The longest reason a RAG rating may carry, in forms, imports and the column alike.</summary>
    public const int RagReasonLength = 1000;

    public Rag Rag { get; set; }
    public required string RagReason { get; set; }
    public DateOnly RagSetOn { get; set; }
    public string? Source { get; set; }
    public int Version { get; set; }

    public ICollection<PilotMilestone> Milestones { get; } = [];
    public ICollection<PilotCommentary> Commentary { get; } = [];
    public ICollection<PilotLesson> Lessons { get; } = [];
}

public enum MilestoneStatus
{
    NotStarted,
    OnTrack,
    AtRisk,
    Late,
    Complete,
}

public sealed class PilotMilestone
{
    public int Id { get; set; }
    public int PilotId { get; set; }
    public required string Title { get; set; }
    public DateOnly PlannedOn { get; set; }
    public DateOnly? ActualOn { get; set; }
    public MilestoneStatus Status { get; set; }
    public string? Source { get; set; }
    public int Version { get; set; }
}

public sealed class PilotCommentary
{
    public int Id { get; set; }
    public int PilotId { get; set; }
    public DateOnly WrittenOn { get; set; }
    public required string Author { get; set; }

    /// <summary>The longest note, in forms, imports and the column alike.</summary>
    public const int TextLength = 4000;

    public required string Text { get; set; }
    public string? Source { get; set; }
}

public sealed class PilotLesson
{
    public int Id { get; set; }
    public int PilotId { get; set; }
    public DateOnly RecordedOn { get; set; }
    public required string Text { get; set; }
    public string? Source { get; set; }
}
