using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using WooPS.FakeStore.Catalog;
using WooPS.FakeStore.Users;

namespace WooPS.FakeStore.Orders;

/// <summary>
/// Fills the store with sample orders after the coupons, so their ids follow the coupons' (a refund takes
/// the post id after its order's). Order n (1, 2, …):
/// <list type="bullet">
/// <item>status by n mod 12 (1–12): processing, completed, pending, completed, on-hold, processing, completed,
/// cancelled, refunded, failed, awaiting-shipment (a plugin's status), completed;</item>
/// <item>created 13 hours after the one before from 2026-01-04 08:00 (site time = UTC), or 330 days ÷ count
/// apart when there are more than 600; paid when created for processing, completed, refunded and
/// awaiting-shipment; completed a day later (completed, refunded);</item>
/// <item>a guest's (customer_id 0, guest{n}@example.net, paid cash on delivery) when n is a multiple of 4,
/// else the seeded customers' in turn (their billing and shipping addresses, by bank transfer);</item>
/// <item>1–3 line items (1 + n mod 3) of the published simple products and variations, quantity 1–3, at the
/// product's active price; variations carry their attributes as meta;</item>
/// <item>taxed (line item taxes, a "Sales Tax" line, 8.25%, rate 1) when n mod 3 = 0; a "Flat rate" shipping
/// line (10.00) when n is odd; a "Gift wrapping" fee (4.50, not taxed) when n mod 7 = 4; the first
/// published percent coupon (save001 by default) when n mod 5 = 2;</item>
/// <item>a full refund (its items given back) for each refunded order, and a partial one (5.00) for the
/// completed orders with n mod 24 = 4; a gift_message meta field when n mod 6 = 5 and a customer note when
/// n mod 8 = 3; the system's notes of the status changes that led to its status.</item>
/// </list>
/// Stock was taken (and _reduced_stock noted) for the orders that reached processing, on-hold or completed;
/// the catalog's stock is taken as already after them. Deterministic for a given count and catalog.
/// </summary>
internal static class OrderSeeder
{
    public const long TaxRateId = 1;
    public const decimal TaxPercent = 8.25m;
    public const string TaxRateCode = "US-SALES TAX-1";
    public const string TaxLabel = "Sales Tax";
    public const decimal FlatRate = 10m;
    public const decimal GiftWrapping = 4.5m;
    public const decimal PartialRefund = 5m;

    private static readonly DateTime FirstCreated = new(2026, 1, 4, 8, 0, 0, DateTimeKind.Unspecified);

    private static readonly string[] Statuses =
    [
        "processing", "completed", "pending", "completed", "on-hold", "processing", "completed", "cancelled", "refunded", "failed",
        OrderStatuses.PluginStatus, "completed",
    ];

    private const string KeyCharacters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public static void Seed(StoreOrders orders, ProductCatalog catalog, StoreCoupons coupons, StoreUsers users, int count)
    {
        if (count <= 0)
        {
            return;
        }
        List<Product> purchasable = Purchasable(catalog);
        List<Customer> customers = users.All().Where(user => user.Role == "customer").ToList();
        Coupon? coupon = coupons.All().FirstOrDefault(candidate => candidate.DiscountType == "percent" && candidate.Status == "publish");
        TimeSpan step = count <= 600 ? TimeSpan.FromHours(13) : TimeSpan.FromSeconds(Math.Floor(TimeSpan.FromDays(330).TotalSeconds / count));
        int customerTurn = 0;
        for (int n = 1; n <= count; n++)
        {
            Customer? customer = n % 4 == 0 || customers.Count == 0 ? null : customers[customerTurn++ % customers.Count];
            var plan = new Plan(n, Statuses[(n - 1) % Statuses.Length], FirstCreated + (step * (n - 1)), customer);
            orders.Add(id => Build(id, plan, purchasable, catalog, coupon, orders));
        }
    }

    /// <summary>What an order will be: its number, status, creation time and customer (null: a guest).</summary>
    private sealed record Plan(int N, string Status, DateTime Created, Customer? Customer)
    {
        public bool Taxed => N % 3 == 0;

        public DateTime Completed => Created.AddDays(1);

        public DateTime Refunded => Created.AddDays(2);

        public bool PartlyRefunded => Status == "completed" && N % 24 == 4;
    }

    private static Order Build(long id, Plan plan, List<Product> purchasable, ProductCatalog catalog, Coupon? coupon, StoreOrders orders)
    {
        bool stockReduced = plan.Status is "processing" or "completed" or "on-hold" or "refunded" or OrderStatuses.PluginStatus;
        decimal percent = coupon is not null && plan.N % 5 == 2 ? coupon.Amount : 0m;
        List<OrderLineItem> items = LineItems(plan, purchasable, catalog, percent, stockReduced, orders);

        var shippingLines = new List<OrderShippingLine>();
        if (plan.N % 2 == 1)
        {
            decimal tax = plan.Taxed ? Tax(FlatRate) : 0m;
            shippingLines.Add(new OrderShippingLine(orders.NewItemId(), "Flat rate", "flat_rate", "1", FlatRate, tax,
                plan.Taxed ? [new ItemTax(TaxRateId, tax, null)] : []));
        }
        var feeLines = new List<OrderFeeLine>();
        if (plan.N % 7 == 4)
        {
            feeLines.Add(new OrderFeeLine(orders.NewItemId(), "Gift wrapping", "none", "4.50", GiftWrapping, 0m, []));
        }
        decimal discount = items.Sum(item => item.Subtotal - item.Total);
        decimal discountTax = items.Sum(item => item.SubtotalTax - item.TotalTax);
        var couponLines = new List<OrderCouponLine>();
        if (percent > 0 && coupon is not null && items.Count > 0)
        {
            string info = string.Create(CultureInfo.InvariantCulture, $"[{coupon.Id},\"{coupon.Code}\",\"percent\",{coupon.Amount:0.############}]");
            couponLines.Add(new OrderCouponLine(orders.NewItemId(), coupon.Code, discount, discountTax, "percent", coupon.Amount, coupon.FreeShipping,
                [OrderItemMeta.Plain(orders.NewItemMetaId(), "coupon_info", info)]));
        }
        decimal cartTax = Round(items.Sum(item => item.TotalTax));
        decimal shippingTax = Round(shippingLines.Sum(line => line.TotalTax));
        var taxLines = new List<OrderTaxLine>();
        if (plan.Taxed)
        {
            taxLines.Add(new OrderTaxLine(orders.NewItemId(), TaxRateCode, TaxRateId, TaxLabel, false, cartTax, shippingTax, (double)TaxPercent));
        }
        decimal total = items.Sum(item => item.Total) + shippingLines.Sum(line => line.Total) + feeLines.Sum(fee => fee.Total) + cartTax + shippingTax;

        var order = new Order
        {
            Id = id,
            Status = plan.Status,
            DateCreated = plan.Created,
            DateModified = Modified(plan),
            DateCompleted = plan.Status is "completed" or "refunded" ? plan.Completed : null,
            DatePaid = plan.Status is "processing" or "completed" or "refunded" or OrderStatuses.PluginStatus ? plan.Created : null,
            DiscountTotal = discount,
            DiscountTax = Round(discountTax),
            ShippingTotal = shippingLines.Sum(line => line.Total),
            ShippingTax = shippingTax,
            CartTax = cartTax,
            Total = total,
            TotalTax = cartTax + shippingTax,
            CustomerId = plan.Customer?.Id ?? 0,
            OrderKey = OrderKey(id),
            Billing = Billing(plan),
            Shipping = (plan.Customer?.Shipping ?? GuestAddress(plan.N)) with { Email = "", Phone = "" },
            PaymentMethod = plan.Customer is null ? "cod" : "bacs",
            PaymentMethodTitle = plan.Customer is null ? "Cash on delivery" : "Direct bank transfer",
            CustomerIpAddress = $"203.0.113.{plan.N % 250 + 1}",
            CreatedVia = "checkout",
            CustomerNote = plan.N % 8 == 3 ? "Please leave the parcel at the back door." : "",
            MetaData = plan.N % 6 == 5 ? [new ProductMeta(orders.NewOrderMetaId(), "gift_message", "\"Happy birthday!\"")] : [],
            LineItems = items,
            TaxLines = taxLines,
            ShippingLines = shippingLines,
            FeeLines = feeLines,
            CouponLines = couponLines,
            NeedsProcessing = items.Any(item => catalog.FindProductOrVariation(item.StockProductId) is not { Virtual: true, Downloadable: true }),
            StockReduced = stockReduced,
        };
        order = order with { Refunds = Refunds(order, plan, orders) };
        AddNotes(orders, order, plan);
        return order;
    }

    /// <summary>The published simple products and the variations of published products, in id order.</summary>
    private static List<Product> Purchasable(ProductCatalog catalog) =>
        catalog.All().Where(product =>
            (product.Type == "simple" && product.Status == "publish")
            || (product.IsVariation && product.Status == "publish" && catalog.ParentOf(product) is { Status: "publish" })).ToList();

    private static List<OrderLineItem> LineItems(Plan plan, List<Product> purchasable, ProductCatalog catalog, decimal percent, bool stockReduced, StoreOrders orders)
    {
        var items = new List<OrderLineItem>();
        if (purchasable.Count == 0)
        {
            return items;
        }
        var taken = new HashSet<long>();
        for (int k = 0; k < 1 + (plan.N % 3); k++)
        {
            Product product = purchasable[((plan.N * 5) + (k * 7)) % purchasable.Count];
            if (!taken.Add(product.Id))
            {
                continue;
            }
            int quantity = 1 + ((plan.N + k) % 3);
            decimal price = decimal.TryParse(product.ActivePrice, NumberStyles.Number, CultureInfo.InvariantCulture, out decimal active) ? active : 0m;
            decimal subtotal = price * quantity;
            decimal total = subtotal - Math.Round(subtotal * percent / 100m, 2, MidpointRounding.AwayFromZero);
            Product? parent = catalog.ParentOf(product);
            var meta = new List<OrderItemMeta>();
            foreach (AttributeChoice choice in product.Choices)
            {
                meta.Add(new OrderItemMeta(orders.NewItemMetaId(), choice.Slug, WordPressText.SanitizeTitle(choice.Option), choice.Name, choice.Option));
            }
            if (stockReduced && product.ManageStock)
            {
                meta.Add(OrderItemMeta.Plain(orders.NewItemMetaId(), "_reduced_stock", quantity.ToString(CultureInfo.InvariantCulture)));
            }
            decimal subtotalTax = plan.Taxed ? Tax(subtotal) : 0m;
            decimal totalTax = plan.Taxed ? Tax(total) : 0m;
            items.Add(new OrderLineItem
            {
                Id = orders.NewItemId(),
                Name = parent is null ? product.Name : $"{parent.Name} - {product.Name}",
                ProductId = parent?.Id ?? product.Id,
                VariationId = parent is null ? 0 : product.Id,
                Quantity = quantity,
                Subtotal = subtotal,
                SubtotalTax = subtotalTax,
                Total = total,
                TotalTax = totalTax,
                Taxes = plan.Taxed ? [new ItemTax(TaxRateId, totalTax, subtotalTax)] : [],
                MetaData = meta,
                Sku = product.Sku,
                ParentName = parent?.Name,
            });
        }
        return items;
    }

    private static IReadOnlyList<OrderRefund> Refunds(Order order, Plan plan, StoreOrders orders)
    {
        if (plan.Status == "refunded")
        {
            return
            [
                new OrderRefund
                {
                    Id = orders.NewPostId(),
                    OrderId = order.Id,
                    DateCreated = plan.Refunded,
                    Amount = order.Total,
                    Reason = "Customer changed their mind",
                    RefundedBy = 1,
                    LineItems = order.LineItems.Select(item => item with
                    {
                        Id = orders.NewItemId(),
                        Quantity = -item.Quantity,
                        Subtotal = -item.Subtotal,
                        SubtotalTax = -item.SubtotalTax,
                        Total = -item.Total,
                        TotalTax = -item.TotalTax,
                        Taxes = item.Taxes.Select(tax => tax with { Total = -tax.Total, Subtotal = -tax.Subtotal }).ToList(),
                        MetaData = [OrderItemMeta.Plain(orders.NewItemMetaId(), "_refunded_item_id", item.Id.ToString(CultureInfo.InvariantCulture))],
                    }).ToList(),
                },
            ];
        }
        return plan.PartlyRefunded
            ? [new OrderRefund { Id = orders.NewPostId(), OrderId = order.Id, DateCreated = plan.Refunded, Amount = PartialRefund, Reason = "Damaged packaging", RefundedBy = 1 }]
            : [];
    }

    /// <summary>The system's notes of the transitions that led to the status, dated when they happened.</summary>
    private static void AddNotes(StoreOrders orders, Order order, Plan plan)
    {
        void Changed(string from, string to, DateTime at) =>
            orders.AddNote(order.Id, OrderStatusChange.SystemAuthor, $"Order status changed from {OrderStatuses.Name(from)} to {OrderStatuses.Name(to)}.", false, at);

        switch (plan.Status)
        {
            case "pending":
                return;
            case "completed" or "refunded":
                Changed("pending", "processing", plan.Created);
                Changed("processing", "completed", plan.Completed);
                if (plan.Status == "refunded")
                {
                    Changed("completed", "refunded", plan.Refunded);
                }
                return;
            case OrderStatuses.PluginStatus:
                Changed("pending", "processing", plan.Created);
                Changed("processing", plan.Status, plan.Created.AddHours(3));
                return;
            case "cancelled":
                Changed("pending", "cancelled", plan.Created.AddHours(1));
                return;
            default:
                Changed("pending", plan.Status, plan.Created);
                return;
        }
    }

    private static DateTime Modified(Plan plan) => plan.Status switch
    {
        "completed" => plan.PartlyRefunded ? plan.Refunded : plan.Completed,
        "refunded" => plan.Refunded,
        "cancelled" => plan.Created.AddHours(1),
        OrderStatuses.PluginStatus => plan.Created.AddHours(3),
        _ => plan.Created,
    };

    private static CustomerAddress Billing(Plan plan) =>
        plan.Customer?.Billing ?? GuestAddress(plan.N) with { Email = $"guest{plan.N}@example.net", Phone = "555-0199" };

    private static CustomerAddress GuestAddress(int n) => new()
    {
        FirstName = "Guest",
        LastName = $"Shopper{n}",
        Address1 = $"{n} Elm St",
        City = "Denver",
        State = "CO",
        Postcode = "80014",
        Country = "US",
    };

    /// <summary>An item's tax at the one rate, unrounded as WC_Tax::calc_tax leaves it (to 4 places here).</summary>
    private static decimal Tax(decimal amount) => Math.Round(amount * TaxPercent / 100m, 4, MidpointRounding.AwayFromZero);

    private static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>"wc_order_" and 13 letters and digits, as wc_generate_order_key makes them, drawn from the id.</summary>
    private static string OrderKey(long id)
    {
        var random = new Random((int)(id % int.MaxValue));
        return "wc_order_" + new string(Enumerable.Range(0, 13).Select(_ => KeyCharacters[random.Next(KeyCharacters.Length)]).ToArray());
    }
}
