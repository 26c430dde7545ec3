using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace WooPS.FakeStore.Catalog;

/// <summary>
/// Fills a catalog with sample products modelled on the reference store: mostly simple products,
/// every eighth one variable with 3–6 variations, some on sale, some with managed stock, a few not
/// published. Several products share a creation second, as a bulk import does. Deterministic for a
/// given count.
/// </summary>
internal static class CatalogSeeder
{
    /// <summary>The first product id: WordPress has used the lower post ids for pages by then.</summary>
    public const long FirstId = 10;

    private static readonly DateTime FirstCreated = new(2025, 11, 27, 22, 46, 10, DateTimeKind.Unspecified);

    private static readonly ProductCategory[] SimpleCategories =
    [
        new(16, "Clothing", "clothing"),
        new(17, "Accessories", "accessories"),
        new(18, "Electronics", "electronics"),
        new(19, "Home &amp; Garden", "home-garden"),
        new(20, "Books", "books"),
    ];

    private static readonly ProductCategory TShirts = new(21, "T-Shirts", "t-shirts");

    // Names start with an adjective so that slug order is not creation order: the default
    // order's tie-break (slug) then does not put same-second products in id order.
    private static readonly string[] Adjectives =
        ["Amber", "Bold", "Classic", "Dusky", "Eager", "Fancy", "Gentle", "Humble", "Ivory", "Jolly", "Keen", "Lucky", "Mellow", "Noble"];

    private static readonly string[] Nouns = ["Mug", "Scarf", "Lamp", "Notebook", "Cap", "Speaker", "Planter", "Wallet", "Poster", "Candle"];

    private static readonly (string Name, string Code)[] Colors = [("Red", "R"), ("Blue", "B"), ("Green", "G")];

    private static readonly (string Name, decimal Surcharge)[] Sizes = [("S", 0m), ("M", 2m), ("L", 4m)];

    public static void Seed(ProductCatalog catalog, int count)
    {
        var random = new Random(count);
        var relatedByCategory = new Dictionary<long, List<long>>();
        DateTime created = FirstCreated;
        int leftInSecond = random.Next(2, 7);
        int simpleNumber = 0;
        int variableNumber = 0;
        for (int index = 1; index <= count; index++)
        {
            if (leftInSecond-- == 0)
            {
                created = created.AddSeconds(1);
                leftInSecond = random.Next(2, 7) - 1;
            }
            Product product = index % 8 == 0
                ? AddVariable(catalog, random, ++variableNumber, created)
                : AddSimple(catalog, random, ++simpleNumber, index, created, relatedByCategory);
            if (product.Category is not null)
            {
                RememberRelated(relatedByCategory, product);
            }
        }
    }

    private static Product AddSimple(ProductCatalog catalog, Random random, int number, int index, DateTime created,
        Dictionary<long, List<long>> relatedByCategory)
    {
        ProductCategory category = SimpleCategories[random.Next(SimpleCategories.Length)];
        string name = $"{Adjectives[random.Next(Adjectives.Length)]} {Nouns[random.Next(Nouns.Length)]} {number:0000}";
        decimal regular = random.Next(500, 25000) / 100m;
        bool onSale = index % 5 == 0;
        bool managed = index % 3 == 0;
        int quantity = random.Next(0, 50);
        return catalog.Add(id => new Product
        {
            Id = id,
            Type = "simple",
            Name = name,
            Slug = Slug(name),
            Sku = $"WOO-SIMPLE-{number:0000}",
            Status = StatusFor(index),
            DateCreated = created,
            DateModified = created,
            Description = $"<p>Description of {name}.</p>\n",
            ShortDescription = $"<p>Short description {number}</p>\n",
            RegularPrice = Money(regular),
            SalePrice = onSale ? Money(Math.Round(regular * 0.8m, 2)) : "",
            ManageStock = managed,
            StockQuantity = managed ? quantity : null,
            StockStatus = managed && quantity == 0 ? "outofstock" : "instock",
            Weight = (random.Next(1, 50) / 10m).ToString("0.#", CultureInfo.InvariantCulture),
            Length = "10",
            Width = "5",
            Height = "2",
            Category = category,
            RelatedIds = relatedByCategory.TryGetValue(category.Id, out List<long>? related) ? related.TakeLast(5).ToList() : [],
        });
    }

    private static Product AddVariable(ProductCatalog catalog, Random random, int number, DateTime created)
    {
        string name = $"{Adjectives[random.Next(Adjectives.Length)]} Variable Tee {number:0000}";
        string sku = $"WOO-VAR-{number:0000}";
        Product parent = catalog.Add(id => new Product
        {
            Id = id,
            Type = "variable",
            Name = name,
            Slug = Slug(name),
            Sku = sku,
            DateCreated = created,
            DateModified = created,
            Description = $"<p>{name}.</p>\n",
            Category = TShirts,
        });

        decimal basePrice = random.Next(1200, 3000) / 100m;
        bool onSale = number % 3 == 0;
        var combinations = Colors.SelectMany(color => Sizes.Select(size => (Color: color, Size: size)))
            .OrderBy(_ => random.Next()).Take(random.Next(3, 7)).ToList();
        foreach (var (color, size) in combinations)
        {
            decimal regular = basePrice + size.Surcharge;
            catalog.Add(id => new Product
            {
                Id = id,
                ParentId = parent.Id,
                Type = "variation",
                Name = $"{color.Name}, {size.Name}",
                Slug = $"{parent.Slug}-{color.Name.ToLowerInvariant()}-{size.Name.ToLowerInvariant()}",
                Sku = $"{sku}-{color.Code}-{size.Name}",
                DateCreated = created,
                DateModified = created,
                RegularPrice = Money(regular),
                SalePrice = onSale ? Money(regular - 2m) : "",
                ManageStock = true,
                StockQuantity = random.Next(1, 31),
                Choices =
                [
                    new AttributeChoice(1, "Color", "pa_color", color.Name),
                    new AttributeChoice(2, "Size", "pa_size", size.Name),
                ],
            });
        }
        return parent;
    }

    // Mostly published, with a few of the other statuses WooCommerce lists under status=any.
    private static string StatusFor(int index) =>
        index % 23 == 0 ? "draft" : index % 37 == 0 ? "private" : index % 41 == 0 ? "pending" : "publish";

    private static void RememberRelated(Dictionary<long, List<long>> relatedByCategory, Product product)
    {
        if (!relatedByCategory.TryGetValue(product.Category!.Id, out List<long>? ids))
        {
            ids = [];
            relatedByCategory[product.Category.Id] = ids;
        }
        ids.Add(product.Id);
    }

    internal static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    internal static string Slug(string name) => name.ToLowerInvariant().Replace(' ', '-');
}
