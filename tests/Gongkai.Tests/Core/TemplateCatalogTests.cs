using Gongkai.Core.Layout;

namespace Gongkai.Tests.Core;

public class TemplateCatalogTests
{
    [Fact]
    public void Template_2019_has_23_application_rows_of_7_columns_and_15_review_cells()
    {
        var l = TemplateCatalog.Get(TemplateId.V2019);
        Assert.Equal(23, l.Applications.Rows.Length);
        Assert.All(l.Applications.Rows, r => Assert.Equal(7, r.Fields.Length));
        Assert.Equal(15, l.ReviewLitigation.CellCount);
        Assert.Equal(["regulations", "normativeDocuments", "licensing", "otherServices", "penalty", "enforcement", "fees", "procurement"],
            l.Proactive.Rows.Select(r => r.Key));
        Assert.Equal(["previousCount", "change"], l.Proactive.Row("fees")!.Fields.Select(f => f.Key));
        Assert.Equal(FieldKind.Signed, l.Proactive.Row("licensing")!.Fields[1].Kind);
        Assert.Equal(FieldKind.Amount, l.Proactive.Row("procurement")!.Fields[1].Kind);
    }

    [Fact]
    public void Template_2021_splits_other_processing_into_three_rows_and_drops_procurement()
    {
        var l = TemplateCatalog.Get(TemplateId.V2021);
        Assert.Equal(25, l.Applications.Rows.Length);
        Assert.Equal(["other.noCorrection", "other.feeUnpaid", "other.other"],
            l.Applications.Rows.Select(r => r.Key).Where(k => k.StartsWith("other", StringComparison.Ordinal)));
        Assert.Equal(["regulations", "normativeDocuments", "licensing", "penalty", "enforcement", "fees"], l.Proactive.Rows.Select(r => r.Key));
        Assert.Equal(["issued", "repealed", "inForce"], l.Proactive.Row("regulations")!.Fields.Select(f => f.Key));
        Assert.Equal(["amountWan"], l.Proactive.Row("fees")!.Fields.Select(f => f.Key));
    }

    [Fact]
    public void A_collapsed_2021_layout_keeps_other_as_one_row_in_its_place()
    {
        var l = TemplateCatalog.Get(TemplateId.V2021, otherCollapsed: true);
        Assert.Equal(23, l.Applications.Rows.Length);
        Assert.Equal(l.Applications.RowIndex("notProcessed.confirmOrReissue") + 1, l.Applications.RowIndex("other"));
        Assert.True(l.OtherCollapsed);
    }

    [Theory]
    [InlineData(TemplateId.V2019, false, 19)]
    [InlineData(TemplateId.V2021, false, 21)]
    [InlineData(TemplateId.V2021, true, 19)]
    public void Identities_expand_to_every_column_and_row(TemplateId id, bool collapsed, int outcomeRows)
    {
        var l = TemplateCatalog.Get(id, collapsed);
        Assert.Equal(7, l.Identities.Count(i => i.Rule == "identity.balance"));
        var outcomes = l.Identities.Where(i => i.Rule == "identity.outcomes-total").ToList();
        Assert.Equal(7, outcomes.Count);
        Assert.All(outcomes, i => Assert.Equal(outcomeRows, i.Right.Length));
        Assert.Equal(l.Applications.Rows.Length, l.Identities.Count(i => i.Rule == "identity.row-total"));
        Assert.Equal(3, l.Identities.Count(i => i.Rule == "identity.review-total"));
    }

    [Fact]
    public void Every_identity_names_a_rule_in_the_catalogue()
    {
        foreach (var l in TemplateCatalog.All)
            Assert.All(l.Identities, i => Assert.True(Gongkai.Core.Rules.RuleCatalogue.TryGet(i.Rule, out _), i.Rule));
    }

    [Fact]
    public void Row_keys_are_those_of_the_spec()
    {
        // report-json.md, section 三.
        string[] spec =
        [
            "newReceived", "carriedOver", "granted", "partiallyGranted",
            "withheld.stateSecret", "withheld.prohibitedByLaw", "withheld.endangersSafety", "withheld.thirdPartyRights",
            "withheld.internalAffairs", "withheld.processInformation", "withheld.enforcementFiles", "withheld.administrativeQuery",
            "unavailable.notHeld", "unavailable.needsCreation", "unavailable.stillUnclear",
            "notProcessed.petitionOrComplaint", "notProcessed.repeated", "notProcessed.publication", "notProcessed.excessive",
            "notProcessed.confirmOrReissue", "other", "total", "carriedForward",
        ];
        var keys2019 = TemplateCatalog.Get(TemplateId.V2019).Applications.Rows.Select(r => r.Key).ToList();
        Assert.Equal(spec, keys2019);
        Assert.Equal(["naturalPerson", "commercial", "research", "socialWelfare", "legalService", "otherOrg", "total"],
            TemplateCatalog.Get(TemplateId.V2019).Applications.Rows[0].Fields.Select(f => f.Key));
        Assert.Equal(["upheld", "corrected", "other", "pending", "total"],
            TemplateCatalog.Get(TemplateId.V2021).ReviewLitigation.Rows[0].Fields.Select(f => f.Key));
    }

    [Fact]
    public void Template_years_follow_the_notices()
    {
        Assert.True(TemplateCatalog.Get(TemplateId.V2019).CoversYear(2020));
        Assert.False(TemplateCatalog.Get(TemplateId.V2019).CoversYear(2021));
        Assert.True(TemplateCatalog.Get(TemplateId.V2021).CoversYear(2030));
        Assert.Equal(TemplateId.V2021, TemplateIds.ForYear(2021));
        Assert.Equal(TemplateId.V2019, TemplateIds.ForYear(2019));
    }
}
