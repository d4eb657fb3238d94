namespace Gongkai.Core.Desk;

/// <summary>Where an application stands on its statutory clock.</summary>
public enum CaseState
{
    /// <summary>待确认收到: submitted by post/online/fax, receipt not yet signed for or confirmed (Art. 31).</summary>
    NotReceived,
    /// <summary>办理中</summary>
    Open,
    /// <summary>待补正: the clock waits for the corrected application (Art. 30).</summary>
    AwaitingCorrection,
    /// <summary>征求意见中: the clock is paused (Art. 32–34).</summary>
    Consulting,
    /// <summary>已办结</summary>
    Closed,
}
