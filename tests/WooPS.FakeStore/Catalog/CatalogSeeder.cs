using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace WooPS.FakeStore.Catalog;

/// <summary>
/// Fills a catalog with sample products modelled on the reference store: mostly simple products,
/// every eighth one variable (T-Shirts, Color × Size) with 3–6 variations, some on sale, some with
/// managed stock, some out of stock or on backorder, a few featured, a few not published, 0–3 tags
/// each. Products arrive in bursts, several in the same second as a bulk import makes them, with
/// gaps of hours or days between some bursts, so the catalog spans about a day per product (at
/// most 330 days) from 2025-11-27. Deterministic for a given count.
/// </summary>
internal static class CatalogSeeder
{
    /// <summary>The first product id: WordPress has used the lower post ids for pages by then.</summary>
    public const long FirstId = 10;

    private static readonly DateTime FirstCreated = new(2025, 11, 27, 22, 46, 10, DateTimeKind.Unspecified);

    private static readonly Term[] SimpleCategories =
        [StoreTerms.Clothing, StoreTerms.Accessories, StoreTerms.Electronics, StoreTerms.HomeAndGarden, StoreTerms.Books];

    // Names start with an adjective so that slug order is not creation order: the default
    // order's tie-break (slug) then does not put same-second products in id order.
    private static readonly string[] Adjectives =
        ["Amber", "Bold", "Classic", "Dusky", "Eager", "Fancy", "Gentle", "Humble", "Ivory", "Jolly", "Keen", "Lucky", "Mellow", "Noble"];

    private static readonly string[] Nouns = ["Mug", "Scarf", "Lamp", "Notebook", "Cap", "Speaker", "Planter", "Wallet", "Poster", "Candle"];

    private static readonly (Term Term, string Code)[] Colors =
        [(StoreTerms.Color.Terms[0], "R"), (StoreTerms.Color.Terms[1], "B"), (StoreTerms.Color.Terms[2], "G")];

    private static readonly (Term Term, decimal Surcharge)[] Sizes =
        [(StoreTerms.Size.Terms[0], 0m), (StoreTerms.Size.Terms[1], 2m), (StoreTerms.Size.Terms[2], 4m)];

    // How many tags a product gets: mostly none or one, at most three.
    private static readonly int[] TagCounts = [0, 0, 0, 0, 1, 1, 1, 2, 2, 3];

    public static void Seed(ProductCatalog catalog, int count)
    {
        // Two streams: `random` draws exactly what earlier versions drew (names, prices, SKUs,
        // categories and creation seconds stay as they were); `extras` draws everything added since.
        var random = new Random(count);
        var extras = new Random(count + 7919);
        double jumpChance = JumpChance(count);
        TimeSpan averageJump = AverageJump(count, jumpChance);
        var relatedByCategory = new Dictionary<long, List<long>>();
        DateTime created = FirstCreated;
        int leftInSecond = random.Next(2, 7);
        int simpleNumber = 0;
        int variableNumber = 0;
        for (int index = 1; index <= count; index++)
        {
            if (leftInSecond-- == 0)
            {
                created += extras.NextDouble() < jumpChance ? Jump(extras, averageJump) : TimeSpan.FromSeconds(1);
                leftInSecond = random.Next(2, 7) - 1;
            }
            Product product = index % 8 == 0
                ? AddVariable(catalog, random, extras, ++variableNumber, index, created)
                : AddSimple(catalog, random, extras, ++simpleNumber, index, created, relatedByCategory);
            RememberRelated(relatedByCategory, product);
        }
    }

    private static Product AddSimple(ProductCatalog catalog, Random random, Random extras, int number, int index, DateTime created,
        Dictionary<long, List<long>> relatedByCategory)
    {
        Term category = SimpleCategories[random.Next(SimpleCategories.Length)];
        string name = $"{Adjectives[random.Next(Adjectives.Length)]} {Nouns[random.Next(Nouns.Length)]} {number:0000}";
        decimal regular = random.Next(500, 25000) / 100m;
        bool onSale = index % 5 == 0;
        bool managed = index % 3 == 0;
        int quantity = random.Next(0, 50);
        string weight = (random.Next(1, 50) / 10m).ToString("0.#", CultureInfo.InvariantCulture);

        // Half of Clothing is in its Hoodies subcategory.
        if (category == StoreTerms.Clothing && extras.NextDouble() < 0.5)
        {
            category = StoreTerms.Hoodies;
        }
        string stockStatus = SimpleStockStatus(index, managed, ref quantity);
        IReadOnlyList<Term> tags = Tags(extras);
        DateTime modified = Modified(extras, created);
        return catalog.Add(id => new Product
        {
            Id = id,
            Type = "simple",
            Name = name,
            Slug = Slug(name),
            Sku = $"WOO-SIMPLE-{number:0000}",
            Status = StatusFor(index),
            DateCreated = created,
            DateModified = modified,
            Description = $"<p>Description of {name}.</p>",
            ShortDescription = $"Short description {number}",
            RegularPrice = Money(regular),
            SalePrice = onSale ? Money(Math.Round(regular * 0.8m, 2)) : "",
            ManageStock = managed,
            StockQuantity = managed ? quantity : null,
            StockStatus = stockStatus,
            Weight = weight,
            Length = "10",
            Width = "5",
            Height = "2",
            Featured = IsFeatured(index),
            Categories = [category],
            Tags = tags,
            RelatedIds = relatedByCategory.TryGetValue(category.Id, out List<long>? related) ? related.TakeLast(5).ToList() : [],
        });
    }

    private static Product AddVariable(ProductCatalog catalog, Random random, Random extras, int number, int index, DateTime created)
    {
        string name = $"{Adjectives[random.Next(Adjectives.Length)]} Variable Tee {number:0000}";
        string sku = $"WOO-VAR-{number:0000}";
        decimal basePrice = random.Next(1200, 3000) / 100m;
        bool onSale = number % 3 == 0;
        var combinations = Colors.SelectMany(color => Sizes.Select(size => (Color: color, Size: size)))
            .OrderBy(_ => random.Next()).Take(random.Next(3, 7)).ToList();
        // One variation in seven is sold out.
        var stock = combinations.Select(_ => (Quantity: random.Next(1, 31), SoldOut: extras.NextDouble() < 1 / 7.0))
            .Select(drawn => drawn.SoldOut ? 0 : drawn.Quantity).ToList();

        Product parent = catalog.Add(id => new Product
        {
            Id = id,
            Type = "variable",
            Name = name,
            Slug = Slug(name),
            Sku = sku,
            DateCreated = created,
            DateModified = Modified(extras, created),
            Description = $"<p>{name}.</p>",
            // WooCommerce syncs a variable product's stock status from its variations.
            StockStatus = stock.Any(quantity => quantity > 0) ? "instock" : "outofstock",
            Featured = IsFeatured(index),
            Categories = [StoreTerms.TShirts],
            Tags = Tags(extras),
        });

        for (int position = 0; position < combinations.Count; position++)
        {
            var (color, size) = combinations[position];
            decimal regular = basePrice + size.Surcharge;
            int quantity = stock[position];
            catalog.Add(id => new Product
            {
                Id = id,
                ParentId = parent.Id,
                Type = "variation",
                Name = $"{color.Term.Name}, {size.Term.Name}",
                Slug = $"{parent.Slug}-{color.Term.Slug}-{size.Term.Slug}",
                Sku = $"{sku}-{color.Code}-{size.Term.Name}",
                DateCreated = created,
                DateModified = created,
                RegularPrice = Money(regular),
                SalePrice = onSale ? Money(regular - 2m) : "",
                ManageStock = true,
                StockQuantity = quantity,
                StockStatus = quantity > 0 ? "instock" : "outofstock",
                TaxClass = "parent",
                Choices =
                [
                    new AttributeChoice(StoreTerms.Color.Id, StoreTerms.Color.Name, StoreTerms.Color.Taxonomy, color.Term.Name),
                    new AttributeChoice(StoreTerms.Size.Id, StoreTerms.Size.Name, StoreTerms.Size.Taxonomy, size.Term.Name),
                ],
            });
        }
        return parent;
    }

    /// <summary>
    /// Every tenth simple product from the sixth on is out of stock (managed stock then reads 0);
    /// from the seventh on, those without managed stock are on backorder; otherwise managed stock decides.
    /// </summary>
    private static string SimpleStockStatus(int index, bool managed, ref int quantity)
    {
        if (index % 10 == 6)
        {
            quantity = 0;
            return "outofstock";
        }
        if (index % 10 == 7 && !managed)
        {
            return "onbackorder";
        }
        return managed && quantity == 0 ? "outofstock" : "instock";
    }

    private static bool IsFeatured(int index) => index % 9 == 4;

    /// <summary>0–3 distinct tags, in name order as WooCommerce lists a product's terms.</summary>
    private static IReadOnlyList<Term> Tags(Random extras)
    {
        int howMany = TagCounts[extras.Next(TagCounts.Length)];
        return StoreTerms.UsedTags.OrderBy(_ => extras.Next()).Take(howMany).OrderBy(tag => tag.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>Three products in ten were edited after creation, up to 20 days later.</summary>
    private static DateTime Modified(Random extras, DateTime created) =>
        extras.NextDouble() < 0.3 ? created.AddSeconds(extras.Next(60, 20 * 24 * 3600)) : created;

    /// <summary>
    /// How likely a gap of hours or days is between two bursts: one in three, but enough that even
    /// a small catalog has about eight (a burst holds four products on average).
    /// </summary>
    private static double JumpChance(int count) => Math.Clamp(8 / Math.Max(1, count / 4.0), 0.35, 1);

    /// <summary>
    /// The mean gap, chosen so that the catalog spans about a day per product, but never more than
    /// 330 days (it starts 2025-11-27 and should stay in the past).
    /// </summary>
    private static TimeSpan AverageJump(int count, double jumpChance)
    {
        double expectedJumps = Math.Max(1, count / 4.0 * jumpChance);
        return TimeSpan.FromDays(Math.Min(count, 330) / expectedJumps);
    }

    private static TimeSpan Jump(Random extras, TimeSpan average) =>
        TimeSpan.FromSeconds(Math.Max(1, Math.Round(average.TotalSeconds * (0.5 + extras.NextDouble()))));

    // Mostly published, with a few of the other statuses WooCommerce lists under status=any.
    private static string StatusFor(int index) =>
        index % 23 == 0 ? "draft" : index % 37 == 0 ? "private" : index % 41 == 0 ? "pending" : "publish";

    /// <summary>Notes the product as related to later ones of its (seeded, single) category.</summary>
    private static void RememberRelated(Dictionary<long, List<long>> relatedByCategory, Product product)
    {
        long category = product.Categories[0].Id;
        if (!relatedByCategory.TryGetValue(category, out List<long>? ids))
        {
            ids = [];
            relatedByCategory[category] = ids;
        }
        ids.Add(product.Id);
    }

    internal static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    internal static string Slug(string name) => name.ToLowerInvariant().Replace(' ', '-');
}
