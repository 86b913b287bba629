using CryptoSmartTrader.Core.Collections;

namespace CryptoSmartTrader.Core.Tests.Collections;

public sealed class AppendOnlyListTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(17)]
    [InlineData(8_191)]
    [InlineData(8_192)]
    [InlineData(8_193)]
    [InlineData(50_000)]
    public void Holds_every_item_in_insertion_order_across_chunk_boundaries(int n)
    {
        var list = new AppendOnlyList<long>();
        var reference = new List<long>();
        for (var i = 0; i < n; i++)
        {
            var v = (long)i * 7919 % 100_003;
            list.Add(v);
            reference.Add(v);
        }

        Assert.Equal(n, list.Count);
        Assert.Equal(reference, list);
        for (var i = 0; i < n; i++) Assert.Equal(reference[i], list[i]);
        Assert.Equal(reference, list.Select(x => x).ToList()); // the interface enumerator too
        Assert.Equal(reference.ToArray(), list.ToArray());
    }

    [Fact]
    public void Index_outside_the_count_is_refused()
    {
        var list = new AppendOnlyList<int>();
        list.Add(1);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[-1]);
    }

    [Fact]
    public void Clear_empties_and_the_list_can_grow_again()
    {
        var list = new AppendOnlyList<string>();
        for (var i = 0; i < 10_000; i++) list.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        list.Clear();
        Assert.Empty(list);
        list.Add("x");
        Assert.Equal(["x"], list);
    }

    [Fact]
    public void Enumeration_sees_the_items_present_when_it_started()
    {
        var list = new AppendOnlyList<int>();
        list.Add(1);
        list.Add(2);
        var seen = new List<int>();
        foreach (var x in list)
        {
            seen.Add(x);
            if (list.Count < 5) list.Add(x * 10);
        }

        Assert.Equal([1, 2], seen);
        Assert.Equal([1, 2, 10, 20], list);
    }
}
