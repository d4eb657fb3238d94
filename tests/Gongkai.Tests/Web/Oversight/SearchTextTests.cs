using Gongkai.Core.Text;
using Gongkai.Web.Features.Oversight;

namespace Gongkai.Tests.Web.Oversight;

/// <summary>The bigram codes stored in FiledReports.Grams on PostgreSQL.</summary>
public sealed class SearchTextTests
{
    [Fact]
    public void Codes_are_the_distinct_bigrams_sorted_and_none_across_a_space()
    {
        static int Code(string gram) => (gram[0] << 16) | gram[1];
        Assert.Equal(new[] { Code("政府"), Code("府信"), Code("信息") }.Order(), SearchText.Codes("政府信息"));
        Assert.Equal(new[] { Code("信息"), Code("ab") }.Order(), SearchText.Codes("信息 ab 信息 a"));
        Assert.Empty(SearchText.Codes("政 府"));
        Assert.Empty(SearchText.Codes(""));
    }

    [Fact]
    public void A_code_unit_above_0x7FFF_in_front_gives_a_negative_code_the_same_every_time()
    {
        // 政 is U+653F; a high first unit (here a surrogate) sets the sign bit, unchecked.
        Assert.Equal(unchecked((int)0xD842DFB7u), SearchText.Code('\uD842', '\uDFB7'));
        Assert.Equal(SearchText.Codes("\uD842\uDFB7a"), SearchText.Codes("\uD842\uDFB7a"));
        Assert.True(SearchText.Codes("\uD842\uDFB7")[0] < 0);
    }
}
