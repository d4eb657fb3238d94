using System.Text;
using Gongkai.Ingest;

namespace Gongkai.Tests.Ingest;

public class InputFormatTests
{
    [Theory]
    [InlineData("%PDF-1.7\n", InputFormat.Pdf)]
    [InlineData("<!DOCTYPE html><html>", InputFormat.Html)]
    [InlineData("  <html lang=\"zh-CN\">", InputFormat.Html)]
    [InlineData("<table><tr><td>1</td></tr></table>", InputFormat.Html)]
    [InlineData("{\"format\":\"2019\"}", InputFormat.Text)]
    [InlineData("广州市某某局2020年政府信息公开工作年度报告", InputFormat.Text)]
    // A page starting with a UTF-8 byte order mark, other bytes above 0x7F, '?'s or white space is still a page.
    [InlineData("\uFEFF<!DOCTYPE html><html>", InputFormat.Html)]
    [InlineData("\r\n\t 报?<HTML>", InputFormat.Html)]
    [InlineData("\uFEFF<!-- 注释 --><html>", InputFormat.Html)]
    [InlineData("? <html>", InputFormat.Text)]
    [InlineData("报告 <html>", InputFormat.Text)]
    [InlineData("<p>报告</p>", InputFormat.Text)]
    public void Inputs_are_recognised_by_content(string head, InputFormat expected) =>
        Assert.Equal(expected, InputFormats.Detect(Encoding.UTF8.GetBytes(head)));

    [Fact]
    public void A_zip_is_taken_for_a_word_document_and_an_ole_file_for_a_word_97_document()
    {
        Assert.Equal(InputFormat.Docx, InputFormats.Detect("PK\x03\x04rest"u8));
        Assert.Equal(InputFormat.Doc, InputFormats.Detect([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]));
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void A_utf16_page_with_a_bom_is_html(string encoding)
    {
        var e = Encoding.GetEncoding(encoding);
        byte[] bytes = [.. e.GetPreamble(), .. e.GetBytes("<!DOCTYPE html><html><body>报告</body></html>")];
        Assert.Equal(InputFormat.Html, InputFormats.Detect(bytes));
    }
}
