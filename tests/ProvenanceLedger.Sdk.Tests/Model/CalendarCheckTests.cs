using System.Text;
using ProvenanceLedger.Sdk.Documents;

namespace ProvenanceLedger.Sdk.Tests.Model;

/// <summary>
/// The days that exist, pinned for every way a document's date or issue time is read: a body date and an issue
/// time, each from a string and from its UTF-8. All four must give the same answer.
/// </summary>
public sealed class CalendarCheckTests
{
    [Theory]
    [InlineData("2024-02-29", true)] // divisible by 4: leap
    [InlineData("2025-02-29", false)] // not divisible by 4
    [InlineData("2025-02-28", true)]
    [InlineData("1900-02-29", false)] // a century not divisible by 400: not leap
    [InlineData("1900-02-28", true)]
    [InlineData("2000-02-29", true)] // divisible by 400: leap
    [InlineData("2000-02-30", false)]
    [InlineData("2026-04-31", false)] // April, June, September and November have 30 days
    [InlineData("2026-06-31", false)]
    [InlineData("2026-09-31", false)]
    [InlineData("2026-11-31", false)]
    [InlineData("2026-11-30", true)]
    [InlineData("2026-12-31", true)]
    [InlineData("2026-01-32", false)]
    [InlineData("2026-00-10", false)]
    [InlineData("2026-11-00", false)]
    [InlineData("0000-01-01", false)]
    public void Every_entry_point_accepts_exactly_the_days_the_calendar_has(string day, bool exists)
    {
        var expected = exists ? DateOnly.ParseExact(day, "yyyy-MM-dd") : default;

        Assert.Equal(exists, CalendarDate.TryParse(day, out var fromString));
        Assert.Equal(exists, CalendarDate.TryParse(Encoding.UTF8.GetBytes(day), standIn: false, out var fromUtf8));
        Assert.Equal(expected, fromString);
        Assert.Equal(expected, fromUtf8);

        var time = day + "T12:30:00Z";
        var expectedInstant = exists ? new DateTimeOffset(expected, new TimeOnly(12, 30), TimeSpan.Zero) : default;
        Assert.Equal(exists, IssueTime.TryParse(time, out var instantFromString));
        Assert.Equal(exists, IssueTime.TryParse(Encoding.UTF8.GetBytes(time), standIn: false, out var instantFromUtf8));
        Assert.Equal(expectedInstant, instantFromString);
        Assert.Equal(expectedInstant, instantFromUtf8);
    }

    [Theory]
    [InlineData(2024, 2, 29, true)]
    [InlineData(2025, 2, 29, false)]
    [InlineData(1900, 2, 29, false)]
    [InlineData(2000, 2, 29, true)]
    [InlineData(2026, 4, 31, false)]
    [InlineData(2026, 4, 30, true)]
    [InlineData(10000, 1, 1, false)]
    [InlineData(-1, 1, 1, false)] // a part that was not digits
    [InlineData(2026, -1, 1, false)]
    [InlineData(2026, 1, -1, false)]
    public void The_calendar_check_itself(int year, int month, int day, bool exists)
    {
        Assert.Equal(exists, CalendarDate.TryCreate(year, month, day, out var date));
        Assert.Equal(exists ? new DateOnly(year, month, day) : default, date);
    }
}
