namespace Gongkai.Core.Desk;

/// <summary>Where an application stands in its lifecycle: the states of <see cref="CaseLifecycle"/>.</summary>
public enum CaseState
{
    /// <summary>网上申请待确认: arrived through the online channel; received the day the office confirms it with the applicant (Art. 31 (三)).</summary>
    AwaitingOnlineConfirmation,
    /// <summary>待确认收到: by post or fax, not yet signed for or confirmed (Art. 31 (二)(三)).</summary>
    NotReceived,
    /// <summary>办理中: the answer period runs.</summary>
    Open,
    /// <summary>待补正: the period waits for the corrected application (Art. 30).</summary>
    AwaitingCorrection,
    /// <summary>征求意见中: the period is paused while a third party or agency is consulted (Art. 32–34).</summary>
    Consulting,
    /// <summary>待缴费: a fee notice is out; the time to payment is not counted (国办函〔2020〕109号).</summary>
    AwaitingFee,
    /// <summary>已办结</summary>
    Closed,
}
