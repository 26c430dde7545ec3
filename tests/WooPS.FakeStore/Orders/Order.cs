using System;
using System.Collections.Generic;
using WooPS.FakeStore.Catalog;
using WooPS.FakeStore.Users;

namespace WooPS.FakeStore.Orders;

/// <summary>
/// One stored order (WC_Order, HPOS tables), the fields the REST API shows (capture 66l) and the
/// state it keeps behind them (whether its stock was reduced, the status it had before the trash).
/// Money is kept as amounts; <see cref="OrderJson"/> formats them with the store's decimals.
/// Immutable: a change stores a changed copy.
/// </summary>
internal sealed record Order
{
    public long Id { get; init; }

    public long ParentId { get; init; }

    /// <summary>Without "wc-": pending, processing, …, a plugin's status, or trash.</summary>
    public string Status { get; init; } = "pending";

    public string Currency { get; init; } = "USD";

    /// <summary>The WooCommerce version that last saved it.</summary>
    public string Version { get; init; } = "10.0.2";

    public bool PricesIncludeTax { get; init; }

    /// <summary>Site time.</summary>
    public DateTime DateCreated { get; init; }

    /// <summary>Site time.</summary>
    public DateTime DateModified { get; init; }

    /// <summary>Site time; set when the order is completed, kept when it leaves that status (capture 66k).</summary>
    public DateTime? DateCompleted { get; init; }

    /// <summary>Site time; set once, when the order reaches its paid status.</summary>
    public DateTime? DatePaid { get; init; }

    public decimal DiscountTotal { get; init; }

    public decimal DiscountTax { get; init; }

    public decimal ShippingTotal { get; init; }

    public decimal ShippingTax { get; init; }

    public decimal CartTax { get; init; }

    public decimal Total { get; init; }

    public decimal TotalTax { get; init; }

    /// <summary>The customer's user id; 0 for a guest.</summary>
    public long CustomerId { get; init; }

    public string OrderKey { get; init; } = "";

    public CustomerAddress Billing { get; init; } = CustomerAddress.Empty;

    /// <summary>Its e-mail is never shown (the shipping address has none).</summary>
    public CustomerAddress Shipping { get; init; } = CustomerAddress.Empty;

    public string PaymentMethod { get; init; } = "";

    public string PaymentMethodTitle { get; init; } = "";

    public string TransactionId { get; init; } = "";

    public string CustomerIpAddress { get; init; } = "";

    public string CustomerUserAgent { get; init; } = "";

    public string CreatedVia { get; init; } = "";

    public string CustomerNote { get; init; } = "";

    public string CartHash { get; init; } = "";

    public IReadOnlyList<ProductMeta> MetaData { get; init; } = [];

    public IReadOnlyList<OrderLineItem> LineItems { get; init; } = [];

    public IReadOnlyList<OrderTaxLine> TaxLines { get; init; } = [];

    public IReadOnlyList<OrderShippingLine> ShippingLines { get; init; } = [];

    public IReadOnlyList<OrderFeeLine> FeeLines { get; init; } = [];

    public IReadOnlyList<OrderCouponLine> CouponLines { get; init; } = [];

    /// <summary>Its refunds, newest first (get_refunds).</summary>
    public IReadOnlyList<OrderRefund> Refunds { get; init; } = [];

    /// <summary>Whether any item is a product that is not both virtual and downloadable (needs_processing).</summary>
    public bool NeedsProcessing { get; init; } = true;

    /// <summary>The order_stock_reduced flag: stock was taken for its items and not given back yet.</summary>
    public bool StockReduced { get; init; }

    /// <summary>The status it had before it went to the trash (_wp_trash_meta_status); null outside the trash.</summary>
    public string? StatusBeforeTrash { get; init; }
}
