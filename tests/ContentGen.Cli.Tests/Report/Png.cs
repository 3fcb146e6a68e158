using System.Buffers.Binary;
using System.IO.Compression;

namespace ContentGen.Cli.Tests.Report;

/// <summary>
/// Just enough of a PNG decoder to check a browser screenshot: the signature, the size, and the
/// pixels (8-bit RGB or RGBA, not interlaced, which is what Chromium writes) after undoing the
/// row filters, so that a blank page can be told from a drawn one.
/// </summary>
internal sealed class Png
{
    private static readonly byte[] s_signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private Png(int width, int height, int channels, byte[] pixels)
    {
        Width = width;
        Height = height;
        Channels = channels;
        Pixels = pixels;
    }

    /// <summary>The width in pixels.</summary>
    public int Width { get; }

    /// <summary>The height in pixels.</summary>
    public int Height { get; }

    /// <summary>3 for RGB, 4 for RGBA.</summary>
    public int Channels { get; }

    /// <summary>The unfiltered samples, row by row.</summary>
    public byte[] Pixels { get; }

    /// <summary>Decodes <paramref name="bytes"/>, failing the test when they are not a PNG this class reads.</summary>
    public static Png Decode(byte[] bytes)
    {
        Assert.True(bytes.Length > s_signature.Length && bytes.AsSpan(0, s_signature.Length).SequenceEqual(s_signature), "not a PNG: the signature is missing");
        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        var at = s_signature.Length;
        while (at + 12 <= bytes.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(bytes, at + 4, 4);
            var data = bytes.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                Assert.Equal(8, data[8]);
                channels = data[9] switch
                {
                    2 => 3,
                    6 => 4,
                    _ => throw new InvalidOperationException("PNG colour type " + data[9] + " is not read here"),
                };
                Assert.Equal(0, data[12]);
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }
            else if (type == "IEND")
            {
                break;
            }

            at += 12 + length;
        }

        Assert.True(width > 0 && height > 0, "the PNG has no IHDR chunk");
        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        return new Png(width, height, channels, Unfilter(inflated.ToArray(), width, height, channels));
    }

    /// <summary>How many pixels differ from the top-left pixel (the page background).</summary>
    public int PixelsUnlikeBackground()
    {
        var count = 0;
        for (var p = 0; p < Pixels.Length; p += Channels)
        {
            for (var c = 0; c < 3; c++)
            {
                if (Pixels[p + c] != Pixels[c])
                {
                    count++;
                    break;
                }
            }
        }

        return count;
    }

    /// <summary>How many different RGB colours the image holds.</summary>
    public int Colours()
    {
        var colours = new HashSet<int>();
        for (var p = 0; p < Pixels.Length; p += Channels)
        {
            colours.Add((Pixels[p] << 16) | (Pixels[p + 1] << 8) | Pixels[p + 2]);
        }

        return colours.Count;
    }

    // The five PNG row filters (None, Sub, Up, Average, Paeth), each undone against the row above.
    private static byte[] Unfilter(byte[] data, int width, int height, int channels)
    {
        var stride = width * channels;
        Assert.Equal(height * (stride + 1), data.Length);
        var pixels = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = data[y * (stride + 1)];
            var source = y * (stride + 1) + 1;
            var row = y * stride;
            for (var x = 0; x < stride; x++)
            {
                int left = x >= channels ? pixels[row + x - channels] : 0;
                int up = y > 0 ? pixels[row - stride + x] : 0;
                int upLeft = x >= channels && y > 0 ? pixels[row - stride + x - channels] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidOperationException("unknown PNG filter " + filter),
                };
                pixels[row + x] = (byte)(data[source + x] + predictor);
            }
        }

        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
