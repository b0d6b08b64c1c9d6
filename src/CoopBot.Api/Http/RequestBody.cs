using Microsoft.AspNetCore.Http;

namespace CoopBot.Api.Http;

/// <summary>Reads a request body up to a limit, so an oversized upload is refused without buffering all of it.</summary>
public static class RequestBody
{
    /// <summary>Largest article body accepted over HTTP.</summary>
    public const int MaxArticleBytes = 1024 * 1024;

    /// <summary>The body's bytes, or null when it is larger than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadLimitedAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }
        using var buffer = new MemoryStream(request.ContentLength is > 0 and var length ? (int)length : 4096);
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
