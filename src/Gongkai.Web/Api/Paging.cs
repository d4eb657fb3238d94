using System.Globalization;

namespace Gongkai.Web.Api;

/// <summary>Pages of a list: how many there are, and how an API answer says so beside the page it returns.</summary>
public static class Paging
{
    /// <summary>The pages <paramref name="total"/> items fill, <paramref name="size"/> a page; an empty list is one (empty) page.</summary>
    public static int Count(int total, int size) => Math.Max(1, (total + size - 1) / size);

    /// <summary>
    /// The count of all matching items (X-Total-Count) and of the pages (X-Page-Count), so that a client never takes
    /// the length of a page for the count of the list.
    /// </summary>
    public static void Describe(HttpResponse response, int total, int size)
    {
        response.Headers["X-Total-Count"] = total.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-Page-Count"] = Count(total, size).ToString(CultureInfo.InvariantCulture);
    }
}
