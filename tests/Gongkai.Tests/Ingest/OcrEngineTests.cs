using Gongkai.Ingest.Ocr;

namespace Gongkai.Tests.Ingest;

/// <summary>
/// Each OCR engine on printed cells it must read: numbers (a lone 0, a signed change, an amount) and labels. The
/// cells are drawn in the report's own font at 150 dpi and taken up to 300 dpi as the scan reader does.
/// </summary>
[Collection("OCR")]
public class OcrEngineTests
{
    /// <summary>Text printed at 10.5 pt on 150 dpi paper, then enlarged to 300 dpi.</summary>
    private static GreyImage Printed(string text) => PrintedImage.Draw((int)PrintedImage.Width(text) + 40, 60, [(text, 20f, 40f)]);

    public static TheoryData<string> Numbers => ["0", "58307", "-29", "+247", "693.39779", "1657007"];

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Tesseract_reads_a_printed_number_exactly_and_surely(string number)
    {
        using var engine = new TesseractEngine();
        var read = engine.ReadNumber(Printed(number), OcrDeadline.Cpu(5000));
        Assert.Equal(number, read.Text);
        Assert.True(read.Confidence >= ScanText.MinNumberConfidence, $"confidence {read.Confidence}");
    }

    [Theory]
    [InlineData("58307")]
    [InlineData("+247")]
    [InlineData("1657007")]
    public void PaddleOCR_reads_a_printed_number_of_several_digits(string number)
    {
        using var engine = new PaddleEngine();
        Assert.Equal(number, engine.ReadNumber(Printed(number), OcrDeadline.Cpu(5000)).Text);
    }

    [Fact]
    public void PaddleOCR_reads_a_lone_zero_as_a_letter_O_which_a_number_cell_takes_as_0()
    {
        using var engine = new PaddleEngine();
        Assert.Equal("0", engine.ReadNumber(Printed("0"), OcrDeadline.Cpu(5000)).Text);
    }

    [Fact]
    public void PaddleOCR_misreads_a_digit_Tesseract_reads_which_is_why_it_only_checks_numbers()
    {
        using var engine = new PaddleEngine();
        Assert.Equal("-20", engine.ReadNumber(Printed("-29"), OcrDeadline.Cpu(5000)).Text);
    }

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Tesseract_checked_by_PaddleOCR_gives_the_printed_number_or_none_never_another(string number)
    {
        using var engine = new CheckedEngine(new TesseractEngine(), new PaddleEngine());
        var read = engine.ReadNumber(Printed(number), OcrDeadline.Cpu(5000));
        if (read.Confidence >= ScanText.MinNumberConfidence) Assert.Equal(number, read.Text);
        else Assert.NotEqual(number, read.Text);
    }

    [Theory]
    [InlineData("行政处罚")]
    [InlineData("其他对外管理服务事项")]
    [InlineData("一、本年新收政府信息公开申请数量")]
    public void Both_engines_read_a_label_that_the_lexicon_then_keeps_as_the_template_prints_it(string label)
    {
        using var tesseract = new TesseractEngine();
        using var paddle = new PaddleEngine();
        Assert.Equal(label, Lexicon.Snap(tesseract.ReadText(Printed(label), OcrDeadline.Cpu(5000)).Text));
        Assert.Equal(label, Lexicon.Snap(paddle.ReadText(Printed(label), OcrDeadline.Cpu(5000)).Text));
    }

    [Theory]
    [InlineData("行政处可", "行政处可")]   // as near to 行政处罚 as to 行政许可: left alone
    [InlineData("本年增/城", "本年增/减")]
    [InlineData("规划", "规章")]
    [InlineData("2020年政府信息公开工作年度报告", "2020年政府信息公开工作年度报告")]
    public void The_lexicon_puts_back_only_a_label_that_is_clearly_nearest(string ocr, string expected)
    {
        Assert.Equal(expected, Lexicon.Snap(ocr));
    }
}
