using System.Runtime.InteropServices;
using SkiaSharp;

namespace Gongkai.Render.Pdf;

/// <summary>
/// The Chinese font of the PDF output: AR PL UMing (TrueType, so Skia embeds a CID TrueType font whose text extracts
/// exactly; CFF fonts such as Noto CJK become Type 3), cut down with HarfBuzz's subsetter to the characters one
/// document uses, so a report is tens of KB instead of the 21 MB font. The mapped font file and its HarfBuzz face
/// are opened once per process (a fixed size, never growing); each subset belongs to the caller.
/// </summary>
internal static class CjkFontSubset
{
    /// <summary>Debian's fonts-arphic-uming; face 0 of the collection is AR PL UMing CN.</summary>
    public const string FontPath = "/usr/share/fonts/truetype/arphic/uming.ttc";
    private const uint FaceIndex = 0;

    private static readonly Lock Gate = new();
    private static IntPtr _face;

    /// <summary>A typeface holding exactly the glyphs of <paramref name="codepoints"/> (plus .notdef).</summary>
    /// <exception cref="InvalidOperationException">The font is not installed, or HarfBuzz could not subset it.</exception>
    public static SKTypeface Create(IEnumerable<int> codepoints)
    {
        var face = Face();
        var input = HarfBuzz.hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero) throw new InvalidOperationException("HarfBuzz 无法创建字体子集（内存不足？）");
        byte[] data;
        try
        {
            var unicodes = HarfBuzz.hb_subset_input_unicode_set(input);
            foreach (var cp in codepoints) HarfBuzz.hb_set_add(unicodes, (uint)cp);
            // No hinting instructions and no embedded bitmaps: a PDF viewer draws the outlines at any size.
            HarfBuzz.hb_subset_input_set_flags(input, HarfBuzz.NoHinting);
            var drop = HarfBuzz.hb_subset_input_set(input, HarfBuzz.DropTableTagSet);
            foreach (var table in (string[])["EBDT", "EBLC", "EBSC", "GSUB", "GPOS", "GDEF", "DSIG", "gasp", "hdmx", "LTSH", "VDMX"])
                HarfBuzz.hb_set_add(drop, Tag(table));
            var subset = HarfBuzz.hb_subset_or_fail(face, input);
            if (subset == IntPtr.Zero) throw new InvalidOperationException($"HarfBuzz 无法为 {FontPath} 生成字体子集");
            try { data = BlobBytes(subset); }
            finally { HarfBuzz.hb_face_destroy(subset); }
        }
        finally { HarfBuzz.hb_subset_input_destroy(input); }

        var typeface = SKTypeface.FromData(SKData.CreateCopy(data), 0);
        return typeface ?? throw new InvalidOperationException($"Skia 无法读取 {FontPath} 的字体子集");
    }

    private static byte[] BlobBytes(IntPtr face)
    {
        var blob = HarfBuzz.hb_face_reference_blob(face);
        try
        {
            var ptr = HarfBuzz.hb_blob_get_data(blob, out var length);
            if (ptr == IntPtr.Zero || length == 0) throw new InvalidOperationException($"HarfBuzz 为 {FontPath} 生成的字体子集为空");
            var bytes = new byte[length];
            Marshal.Copy(ptr, bytes, 0, (int)length);
            return bytes;
        }
        finally { HarfBuzz.hb_blob_destroy(blob); }
    }

    /// <summary>The font file, memory-mapped by HarfBuzz, and its face: opened on first use, kept for the process.</summary>
    private static IntPtr Face()
    {
        lock (Gate)
        {
            if (_face != IntPtr.Zero) return _face;
            if (!File.Exists(FontPath))
                throw new InvalidOperationException($"未找到中文字体 {FontPath}，请安装 fonts-arphic-uming（Debian/Ubuntu：apt-get install fonts-arphic-uming）");
            var blob = HarfBuzz.hb_blob_create_from_file_or_fail(FontPath);
            if (blob == IntPtr.Zero) throw new InvalidOperationException($"无法读取中文字体 {FontPath}");
            var face = HarfBuzz.hb_face_create(blob, FaceIndex);
            HarfBuzz.hb_blob_destroy(blob); // the face holds its own reference
            if (HarfBuzz.hb_face_get_glyph_count(face) == 0)
            {
                HarfBuzz.hb_face_destroy(face);
                throw new InvalidOperationException($"中文字体 {FontPath} 无法使用（不是 TrueType 字体？），请重新安装 fonts-arphic-uming");
            }
            return _face = face;
        }
    }

    private static uint Tag(string s) => (uint)(s[0] << 24 | s[1] << 16 | s[2] << 8 | s[3]);

    /// <summary>HarfBuzz's subsetter, exported by the libHarfBuzzSharp that HarfBuzzSharp ships but not wrapped by it.</summary>
    private static class HarfBuzz
    {
        private const string Lib = "libHarfBuzzSharp";
        public const uint NoHinting = 0x1;            // HB_SUBSET_FLAGS_NO_HINTING
        public const int DropTableTagSet = 3;         // HB_SUBSET_SETS_DROP_TABLE_TAG

        [DllImport(Lib)] public static extern IntPtr hb_blob_create_from_file_or_fail([MarshalAs(UnmanagedType.LPUTF8Str)] string fileName);
        [DllImport(Lib)] public static extern void hb_blob_destroy(IntPtr blob);
        [DllImport(Lib)] public static extern IntPtr hb_blob_get_data(IntPtr blob, out uint length);
        [DllImport(Lib)] public static extern IntPtr hb_face_create(IntPtr blob, uint index);
        [DllImport(Lib)] public static extern uint hb_face_get_glyph_count(IntPtr face);
        [DllImport(Lib)] public static extern void hb_face_destroy(IntPtr face);
        [DllImport(Lib)] public static extern IntPtr hb_face_reference_blob(IntPtr face);
        [DllImport(Lib)] public static extern IntPtr hb_subset_input_create_or_fail();
        [DllImport(Lib)] public static extern void hb_subset_input_destroy(IntPtr input);
        [DllImport(Lib)] public static extern IntPtr hb_subset_input_unicode_set(IntPtr input);
        [DllImport(Lib)] public static extern IntPtr hb_subset_input_set(IntPtr input, int setType);
        [DllImport(Lib)] public static extern void hb_subset_input_set_flags(IntPtr input, uint flags);
        [DllImport(Lib)] public static extern void hb_set_add(IntPtr set, uint codepoint);
        [DllImport(Lib)] public static extern IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);
    }
}
