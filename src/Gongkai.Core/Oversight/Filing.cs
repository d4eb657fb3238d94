namespace Gongkai.Core.Oversight;

/// <summary>What kind of body an agency is; it decides the report deadline (Art. 49).</summary>
public enum AgencyKind
{
    /// <summary>A department or other body under a government: reports by 31 January.</summary>
    Department,
    /// <summary>A people's government (本级政府), whose report its 政务公开办 publishes by 31 March.</summary>
    Government,
    /// <summary>A township or street (乡镇、街道): reports by 31 January.</summary>
    Township,
}

/// <summary>How a filed report reached the supervising office.</summary>
public enum FilingSource
{
    Upload,
    Folder,
    /// <summary>Sent from the unit's own desk (the report workspace), computed rather than read.</summary>
    Desk,
}

public enum FilingStatus
{
    /// <summary>已报送: filed by the deadline.</summary>
    OnTime,
    /// <summary>逾期报送: filed after the deadline.</summary>
    Late,
    /// <summary>未报送, the deadline not yet passed.</summary>
    Missing,
    /// <summary>未报送 and the deadline has passed.</summary>
    Overdue,
}

/// <summary>What became of one file a supervising office collected.</summary>
public enum CollectOutcome
{
    Stored,
    AlreadyPresent,
    Failed,
}
