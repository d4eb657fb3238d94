namespace Gongkai.Core.Desk;

/// <summary>
/// 《政府信息公开信息处理费管理办法》 (国务院办公厅, 国办函〔2020〕109号, 2020-11-17), made under Art. 42 ¶2 of the
/// regulation. Its text as retrieved is docs/law/fee-measures-guobanhan-2020-109.txt; the desk cites only articles
/// whose wording that file holds (第三条 to 第五条).
/// </summary>
public static class FeeMeasures
{
    public const string Title = "《政府信息公开信息处理费管理办法》";
    public const string Number = "国办函〔2020〕109号";
    public const string Cited = Title + "（" + Number + "）";
}
