using FsCheck.Xunit;
using Gongkai.Core.Compare;

namespace Gongkai.Tests.Core.Compare;

public class TextDiffTests
{
    private static string Side(IEnumerable<TextEdit> edits, EditKind skip) =>
        string.Concat(edits.Where(e => e.Kind != skip).Select(e => e.Text));

    [Fact]
    public void A_changed_number_is_one_replaced_word_not_characters()
    {
        var edits = TextDiff.Diff("全年共受理政府信息公开申请74件。", "全年共受理政府信息公开申请713件。").ToArray();
        Assert.Equal(
        [
            new TextEdit(EditKind.Same, "全年共受理政府信息公开申请"),
            new TextEdit(EditKind.Deleted, "74"),
            new TextEdit(EditKind.Inserted, "713"),
            new TextEdit(EditKind.Same, "件。"),
        ], edits);
    }

    [Fact]
    public void Chinese_text_is_compared_character_by_character()
    {
        var edits = TextDiff.Diff("进一步加强队伍建设", "进一步加强监督检查和队伍建设").ToArray();
        Assert.Equal(
        [
            new TextEdit(EditKind.Same, "进一步加强"),
            new TextEdit(EditKind.Inserted, "监督检查和"),
            new TextEdit(EditKind.Same, "队伍建设"),
        ], edits);
    }

    [Fact]
    public void A_single_character_kept_between_two_changes_is_folded_into_one_change()
    {
        // 水平有待 → 能力有所 keeps 有 between two changes; it reads as one change.
        var edits = TextDiff.Diff("业务水平有待提高", "业务能力有所提高").ToArray();
        Assert.Equal([new TextEdit(EditKind.Same, "业务"), new TextEdit(EditKind.Deleted, "水平有待"), new TextEdit(EditKind.Inserted, "能力有所"),
            new TextEdit(EditKind.Same, "提高")], edits);
    }

    [Fact]
    public void Identical_texts_are_one_unchanged_run_and_similarity_one()
    {
        Assert.Equal([new TextEdit(EditKind.Same, "无。")], TextDiff.Diff("无。", "无。").ToArray());
        Assert.Equal(1, TextDiff.Similarity("无。", "无。"));
        Assert.Equal(0, TextDiff.Similarity("甲乙丙", "丁戊己"));
    }

    [Property(MaxTest = 300)]
    public void Same_and_deleted_runs_spell_the_old_text_and_same_and_inserted_the_new(int seed)
    {
        var r = new Random(seed);
        // A small alphabet, so that random texts share a lot: the hard case for a diff.
        const string alphabet = "政府信息公开申请件年12。，a";
        string Text() => new([.. Enumerable.Range(0, r.Next(0, 60)).Select(_ => alphabet[r.Next(alphabet.Length)])]);
        var (a, b) = (Text(), Text());
        var edits = TextDiff.Diff(a, b);
        Assert.Equal(a, Side(edits, EditKind.Inserted));
        Assert.Equal(b, Side(edits, EditKind.Deleted));
        Assert.DoesNotContain(edits, e => e.Text.Length == 0);
        // No two neighbouring runs of one kind, and a deletion never follows an insertion.
        for (var i = 1; i < edits.Length; i++)
        {
            Assert.NotEqual(edits[i - 1].Kind, edits[i].Kind);
            Assert.False(edits[i - 1].Kind == EditKind.Inserted && edits[i].Kind == EditKind.Deleted);
        }
        var s = TextDiff.Similarity(a, b);
        Assert.InRange(s, 0, 1);
        Assert.Equal(a == b, s == 1);
    }

    [Fact]
    public void A_long_paragraph_changed_in_one_place_is_diffed_quickly_and_exactly()
    {
        var a = string.Concat(Enumerable.Range(0, 12000).Select(i => "政府信息公开"[i % 6]));
        var b = a[..5000] + "新增内容" + a[5000..];
        var edits = TextDiff.Diff(a, b).ToArray();
        Assert.Equal([new TextEdit(EditKind.Same, a[..5000]), new TextEdit(EditKind.Inserted, "新增内容"), new TextEdit(EditKind.Same, a[5000..])], edits);
    }

    [Fact]
    public void Two_long_mostly_different_texts_still_diff_into_runs_that_spell_both()
    {
        // 60,000 characters of a six-character alphabet: many short matches and no long one, the worst case for the
        // search, which gives up past its limit and takes the rest as replaced.
        var r = new Random(7);
        string Text() => new([.. Enumerable.Range(0, 30_000).Select(_ => "政府信息公开"[r.Next(6)])]);
        var (a, b) = (Text(), Text());
        var edits = TextDiff.Diff(a, b);
        Assert.Equal(a, Side(edits, EditKind.Inserted));
        Assert.Equal(b, Side(edits, EditKind.Deleted));
        Assert.InRange(TextDiff.Similarity(a, b), 0, 1);
    }
}
