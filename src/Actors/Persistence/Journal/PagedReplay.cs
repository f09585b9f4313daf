using System.Runtime.CompilerServices;

namespace NanoClaw.Actors.Persistence.Journal;

/// <summary>
/// Streams a replay range page by page, so recovery never holds more than one page of a long
/// journal in memory. The stores supply how one page is read (ordered by sequence nr, at most
/// <c>limit</c> rows from <c>from</c> to <c>to</c> inclusive).
/// </summary>
internal static class PagedReplay
{
    public delegate Task<List<PersistentRepresentation>> ReadPage(long from, long to, int limit, CancellationToken cancellationToken);

    public static async IAsyncEnumerable<PersistentRepresentation> ReadAsync(
        ReadPage readPage,
        long fromSequenceNr,
        long toSequenceNr,
        long max,
        int pageSize,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var next = Math.Max(fromSequenceNr, 1);
        var remaining = max;
        while (remaining > 0 && next <= toSequenceNr)
        {
            var limit = (int)Math.Min(pageSize, remaining);
            var page = await readPage(next, toSequenceNr, limit, cancellationToken).ConfigureAwait(false);
            foreach (var e in page)
            {
                yield return e;
            }

            if (page.Count < limit)
            {
                yield break;
            }

            remaining -= page.Count;
            next = page[^1].SequenceNr + 1;
        }
    }
}
