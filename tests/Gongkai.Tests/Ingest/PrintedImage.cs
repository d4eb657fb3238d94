using Gongkai.Ingest.Ocr;
using SkiaSharp;

namespace Gongkai.Tests.Ingest;

/// <summary>Text printed in the report's own font at 10.5 pt on 150 dpi paper, then taken to 300 dpi as the scan reader does.</summary>
internal static class PrintedImage
{
    private const string Font = "/usr/share/fonts/truetype/arphic/uming.ttc";

    private static SKFont Make(SKTypeface typeface) => new(typeface, 10.5f * 150 / 72);

    /// <summary>The printed width of <paramref name="text"/> at 150 dpi, in pixels.</summary>
    public static float Width(string text)
    {
        using var typeface = SKTypeface.FromFile(Font);
        using var font = Make(typeface);
        return font.MeasureText(text);
    }

    /// <summary>A white page of <paramref name="width"/> × <paramref name="height"/> pixels at 150 dpi with each text at its baseline point.</summary>
    public static GreyImage Draw(int width, int height, IEnumerable<(string Text, float X, float Y)> texts)
    {
        using var typeface = SKTypeface.FromFile(Font);
        using var font = Make(typeface);
        using var bitmap = new SKBitmap(width, height, SKColorType.Gray8, SKAlphaType.Opaque);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            foreach (var (text, x, y) in texts) canvas.DrawText(text, x, y, SKTextAlign.Left, font, paint);
        }
        var pixels = new byte[bitmap.Width * bitmap.Height];
        var bytes = bitmap.Bytes;
        for (var y = 0; y < bitmap.Height; y++) Array.Copy(bytes, y * bitmap.RowBytes, pixels, y * bitmap.Width, bitmap.Width);
        return new GreyImage(bitmap.Width, bitmap.Height, pixels, 150).Scale(2);
    }
}
