using System.Linq;
using System.Text.Json.Nodes;
using WooPS.FakeStore.Catalog;
using WooPS.FakeStore.Orders;
using WooPS.FakeStore.Php;
using WooPS.FakeStore.Users;
using static WooPS.FakeStore.Catalog.BodyFields;

namespace WooPS.FakeStore.Rest;

/// <summary>
/// Updates orders as WC_REST_Orders_Controller's prepare_object_for_database and save_object do, for a single
/// PUT (after <see cref="BodySchema.Order"/>) and a batch item (without it) alike: parent_id (the order itself
/// or no order: order_invalid_parent_id), customer_id (no user: woocommerce_rest_invalid_customer_id),
/// customer_note, billing and shipping field by field (an unknown field is skipped; billing's e-mail must be
/// one), payment_method, payment_method_title, transaction_id, meta_data (as WC_Data::update_meta_data);
/// then the status, last, through <see cref="OrderStatusChange"/>, when not empty(). The first error refuses
/// the whole update, nothing stored. An order is dated now only when something changed (66f: a batch that
/// changes nothing leaves date_modified). Line items, shipping, fee and coupon lines, currency and set_paid
/// are not applied by this fake.
/// </summary>
internal sealed class OrderWriter(StoreOrders orders, StoreUsers users, OrderStatusChange statusChange)
{
    public (Order? Updated, WooError? Error) Update(long id, JsonObject fields)
    {
        if (orders.Find(id) is null)
        {
            return (null, WooErrors.InvalidOrderIdToUpdate());
        }
        long? parentId = fields["parent_id"] is JsonValue parent && Scalar(parent) is string parentText ? PhpNumbers.AbsInt(parentText) : null;
        if (parentId is long given && given != 0 && (given == id || orders.Find(given) is null))
        {
            return (null, WooErrors.InvalidOrderParent());
        }
        long? customerId = fields["customer_id"] is JsonValue customer && Scalar(customer) is string customerText ? PhpNumbers.AbsInt(customerText) : null;
        if (customerId is long user && user != 0 && users.Find(user) is null)
        {
            return (null, WooErrors.InvalidOrderCustomer());
        }
        if (fields["billing"] is JsonObject billing && Text(billing, "email") is { Length: > 0 } email && !WordPressEmail.IsEmail(email))
        {
            return (null, WooErrors.InvalidOrderBillingEmail());
        }
        string? status = Text(fields, "status") is { Length: > 0 } requested && requested != "0" ? requested : null;
        Order? updated = orders.Update(id, (order, now) =>
        {
            Order changed = order with
            {
                ParentId = parentId ?? order.ParentId,
                CustomerId = customerId ?? order.CustomerId,
                CustomerNote = Text(fields, "customer_note") ?? order.CustomerNote,
                Billing = fields["billing"] is JsonObject newBilling ? order.Billing.With(newBilling, withEmail: true) : order.Billing,
                Shipping = fields["shipping"] is JsonObject newShipping ? order.Shipping.With(newShipping, withEmail: false) : order.Shipping,
                PaymentMethod = Text(fields, "payment_method") ?? order.PaymentMethod,
                PaymentMethodTitle = Text(fields, "payment_method_title") ?? order.PaymentMethodTitle,
                TransactionId = Text(fields, "transaction_id") ?? order.TransactionId,
                MetaData = fields["meta_data"] is JsonArray meta ? MetaFields.Apply(order.MetaData, meta, orders.NewOrderMetaId) : order.MetaData,
            };
            if (Differs(order, changed))
            {
                changed = changed with { DateModified = now };
            }
            return status is null ? changed : statusChange.Apply(changed, status, now);
        });
        return updated is null ? (null, WooErrors.InvalidOrderIdToUpdate()) : (updated, null);
    }

    private static bool Differs(Order before, Order after) =>
        before.ParentId != after.ParentId
        || before.CustomerId != after.CustomerId
        || before.CustomerNote != after.CustomerNote
        || before.Billing != after.Billing
        || before.Shipping != after.Shipping
        || before.PaymentMethod != after.PaymentMethod
        || before.PaymentMethodTitle != after.PaymentMethodTitle
        || before.TransactionId != after.TransactionId
        || !before.MetaData.SequenceEqual(after.MetaData);

    private static string? Scalar(JsonValue value) => value.GetValueKind() switch
    {
        System.Text.Json.JsonValueKind.String => value.GetValue<string>(),
        System.Text.Json.JsonValueKind.Number => value.ToJsonString(),
        System.Text.Json.JsonValueKind.True => "1",
        _ => null,
    };
}
