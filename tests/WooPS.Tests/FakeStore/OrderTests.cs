using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using WooPS.FakeStore;

namespace WooPS.Tests.FakeStore
{
    /// <summary>
    /// The fake store's orders, notes, refunds and reports/orders/totals, through a raw HttpClient, against
    /// captures 26, 47–49d, 66–66m and 67h: twelve seeded orders (one of each status, the plugin's
    /// awaiting-shipment included), filters, the status check of a single PUT against a batch's, the system
    /// notes and stock a status change brings, and the customer note's e-mail.
    /// </summary>
    public class OrderTests : FakeStoreTests
    {
        // wc_get_order_statuses() with the plugin's status, as the enums list them (66e, 66m).
        private const string ItemStatuses = "auto-draft, pending, processing, on-hold, completed, cancelled, refunded, failed, checkout-draft, and awaiting-shipment";

        // Capture 66l's fields, in its order.
        private static readonly string[] OrderFields =
        [
            "id", "parent_id", "status", "currency", "version", "prices_include_tax", "date_created", "date_modified", "discount_total", "discount_tax",
            "shipping_total", "shipping_tax", "cart_tax", "total", "total_tax", "customer_id", "order_key", "billing", "shipping", "payment_method",
            "payment_method_title", "transaction_id", "customer_ip_address", "customer_user_agent", "created_via", "customer_note", "date_completed",
            "date_paid", "cart_hash", "number", "meta_data", "line_items", "tax_lines", "shipping_lines", "fee_lines", "coupon_lines", "refunds",
            "payment_url", "is_editable", "needs_payment", "needs_processing", "date_created_gmt", "date_modified_gmt", "date_completed_gmt",
            "date_paid_gmt", "currency_symbol", "_links",
        ];

        protected override FakeStoreOptions Options => new() { Products = 25, Orders = 12 };

        [Fact]
        public async Task The_default_listing_counts_every_status_but_trash_and_its_Link_repeats_status_dp_and_context_as_captures_26_and_66h()
        {
            long[] ids = await SeededIdsAsync();

            Answer first = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/orders?per_page=1&_fields=id");
            Answer trashed = await SendAsync(HttpMethod.Delete, $"wp-json/wc/v3/orders/{ids[2]}");
            Answer again = await SendAsync(HttpMethod.Delete, $"wp-json/wc/v3/orders/{ids[2]}");
            Answer after = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/orders?per_page=1&_fields=id");
            Answer inTrash = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/orders?status=trash&_fields=id,status");

            Assert.Equal(12, ids.Length);
            Assert.Equal(($"[{{\"id\":{ids[11]}}}]", "12", "12"), (first.Text, first.Header("X-WP-Total"), first.Header("X-WP-TotalPages")));
            Assert.Equal($"<{Origin}/wp-json/wc/v3/orders?per_page=1&_fields=id&status%5B0%5D=any&dp=2&context=view&page=2>; rel=\"next\"", first.Header("Link"));
            Assert.Equal((HttpStatusCode.OK, "pending"), (trashed.Status, trashed.Json.GetProperty("status").GetString()));
            Assert.Equal((HttpStatusCode.Gone, "{\"code\":\"woocommerce_rest_already_trashed\",\"message\":\"The shop_order has already been deleted.\",\"data\":{\"status\":410}}"),
                (again.Status, again.Text));
            Assert.Equal("11", after.Header("X-WP-Total"));
            Assert.Equal($"[{{\"id\":{ids[2]},\"status\":\"trash\"}}]", inTrash.Text);
        }

        [Fact]
        public async Task An_order_has_every_field_of_capture_66l_in_its_order_with_the_real_types()
        {
            long[] ids = await SeededIdsAsync();

            // Order 9 is refunded, taxed and shipped; order 2 has a coupon; order 11 has the plugin's status.
            JsonElement refunded = (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/orders/{ids[8]}")).Json;
            JsonElement discounted = (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/orders/{ids[1]}")).Json;
            Answer plugin = await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/orders/{ids[10]}");
            Answer threePlaces = await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/orders/{ids[8]}?dp=3&_fields=total");

            Assert.Equal(OrderFields, refunded.EnumerateObject().Select(field => field.Name));
            Assert.Equal(("refunded", ids[8].ToString(System.Globalization.CultureInfo.InvariantCulture), "$"),
                (refunded.GetProperty("status").GetString(), refunded.GetProperty("number").GetString(), refunded.GetProperty("currency_symbol").GetString()));
            Assert.Matches(@"^\d+\.\d\d$", refunded.GetProperty("total").GetString());
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$", refunded.GetProperty("date_completed").GetString());
            Assert.Equal(refunded.GetProperty("date_created").GetString(), refunded.GetProperty("date_created_gmt").GetString());
            JsonElement item = refunded.GetProperty("line_items")[0];
            Assert.Equal(JsonValueKind.Number, item.GetProperty("price").ValueKind);
            Assert.Equal(JsonValueKind.String, item.GetProperty("subtotal").ValueKind);
            Assert.Equal(new[] { "id", "total", "subtotal" }, item.GetProperty("taxes")[0].EnumerateObject().Select(field => field.Name));
            JsonElement tax = refunded.GetProperty("tax_lines")[0];
            Assert.Equal(("US-SALES TAX-1", 8.25), (tax.GetProperty("rate_code").GetString(), tax.GetProperty("rate_percent").GetDouble()));
            Assert.Equal("Flat rate", refunded.GetProperty("shipping_lines")[0].GetProperty("method_title").GetString());
            JsonElement refund = refunded.GetProperty("refunds")[0];
            Assert.Equal("-" + refunded.GetProperty("total").GetString(), refund.GetProperty("total").GetString());
            Assert.Equal(new[] { "self", "collection", "email_templates", "customer" }, refunded.GetProperty("_links").EnumerateObject().Select(link => link.Name));
            JsonElement coupon = discounted.GetProperty("coupon_lines")[0];
            Assert.Equal(("save001", "percent", 10.0), (coupon.GetProperty("code").GetString(), coupon.GetProperty("discount_type").GetString(), coupon.GetProperty("nominal_amount").GetDouble()));
            Assert.NotEqual("0.00", discounted.GetProperty("discount_total").GetString());
            Assert.Equal("awaiting-shipment", plugin.Json.GetProperty("status").GetString());
            Assert.Matches("^\\{\"total\":\"\\d+\\.\\d{3}\"\\}$", threePlaces.Text);
        }

        [Fact]
        public async Task Status_takes_a_comma_list_counted_in_X_WP_Total_and_an_unknown_one_is_rest_invalid_param_as_captures_47b_and_66m()
        {
            Answer list = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/orders?status=processing,completed&_fields=status");
            Answer unknown = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/orders?status=processing,shipped");
            Answer plugin = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/orders?status=awaiting-shipment&_fields=status");

            Assert.Equal("6", list.Header("X-WP-Total"));
            Assert.All(list.Json.EnumerateArray(), order => Assert.Contains(order.GetProperty("status").GetString(), new[] { "processing", "completed" }));
            const string Message = "status[1] is not one of any, trash, " + ItemStatuses + ".";
            Assert.Equal(
                (HttpStatusCode.BadRequest, "{\"code\":\"rest_invalid_param\",\"message\":\"Invalid parameter(s): status\",\"data\":{\"status\":400,\"params\":{\"status\":\"" + Message
                    + "\"},\"details\":{\"status\":{\"code\":\"rest_not_in_enum\",\"message\":\"" + Message + "\",\"data\":null}}}}"),
                (unknown.Status, unknown.Text));
            Assert.Equal(("[{\"status\":\"awaiting-shipment\"}]", "1"), (plugin.Text, plugin.Header("X-WP-Total")));
        }

        [Fact]
        public async Task After_before_customer_product_and_search_filter_as_captures_66_to_66d()
        {
            long[] ids = await SeededIdsAsync();
            JsonElement ninth = (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/orders/{ids[8]}")).Json;
            long product = ninth.GetProperty("line_items")[0].GetProperty("product_id").GetInt64();

            long[] dated = await ListedAsync("after=2026-01-05T00:00:00&before=2026-01-07T00:00:00");
            long[] customer = await ListedAsync("customer=2");
            long[] guests = await ListedAsync("customer=0");
            long[] byProduct = await ListedAsync($"product={product}");
            long[] byEmail = await ListedAsync("search=CUSTOMER1@example");
            long[] byId = await ListedAsync($"search={ids[5]}");

            Assert.Equal(new[] { ids[4], ids[3], ids[2] }, dated);
            Assert.Equal(new[] { ids[8], ids[4], ids[0] }, customer);
            Assert.Equal(new[] { ids[11], ids[7], ids[3] }, guests);
            Assert.Contains(ids[8], byProduct);
            Assert.Equal(customer, byEmail);
            Assert.Contains(ids[5], byId);
        }

        [Fact]
        public async Task A_single_PUT_refuses_an_unknown_status_as_capture_66e_and_a_known_one_adds_notes_dates_and_moves_stock_as_49b_and_66j()
        {
            long[] ids = await SeededIdsAsync();
            long pending = ids[2];
            string before = (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/orders/{pending}")).Text;

            Answer bogus = await SendAsync(HttpMethod.Put, $"wp-json/wc/v3/orders/{pending}", "{\"status\":\"shipped\"}");
            string unchanged = (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/orders/{pending}")).Text;
            Answer completed = await SendAsync(HttpMethod.Put, $"wp-json/wc/v3/orders/{pending}", "{\"status\":\"completed\",\"customer_note\":\"Ring twice\",\"billing\":{\"city\":\"Boulder\"}}");
            Answer back = await SendAsync(HttpMethod.Put, $"wp-json/wc/v3/orders/{pending}", "{\"status\":\"pending\"}");
            JsonElement[] notes = (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/orders/{pending}/notes")).Json.EnumerateArray().ToArray();

            const string Message = "status is not one of " + ItemStatuses + ".";
            Assert.Equal(
                (HttpStatusCode.BadRequest, "{\"code\":\"rest_invalid_param\",\"message\":\"Invalid parameter(s): status\",\"data\":{\"status\":400,\"params\":{\"status\":\"" + Message
                    + "\"},\"details\":{\"status\":{\"code\":\"rest_not_in_enum\",\"message\":\"" + Message + "\",\"data\":null}}}}", "GET, POST, PUT, PATCH, DELETE"),
                (bogus.Status, bogus.Text, bogus.Header("Allow")));
            Assert.Equal(before, unchanged);
            JsonElement order = completed.Json;
            Assert.Equal(("completed", "Ring twice", "Boulder"), (order.GetProperty("status").GetString(), order.GetProperty("customer_note").GetString(),
                order.GetProperty("billing").GetProperty("city").GetString()));
            Assert.Equal(order.GetProperty("date_modified").GetString(), order.GetProperty("date_completed").GetString());
            Assert.Equal(order.GetProperty("date_modified").GetString(), order.GetProperty("date_paid").GetString());
            Assert.Equal(("pending", order.GetProperty("date_completed").GetString()),
                (back.Json.GetProperty("status").GetString(), back.Json.GetProperty("date_completed").GetString()));
            string[] texts = notes.Select(note => note.GetProperty("note").GetString()!).ToArray();
            Assert.Contains("Order status changed from Pending payment to Completed.", texts);
            Assert.Contains("Order status changed from Completed to Pending payment.", texts);
            Assert.All(notes, note => Assert.Equal("WooCommerce", note.GetProperty("author").GetString()));
        }

        [Fact]
        public async Task Stock_is_taken_when_an_order_goes_on_hold_and_given_back_when_it_goes_back_to_pending_with_a_note_each_time_as_captures_48_and_49b()
        {
            long[] ids = await SeededIdsAsync();
            // The seeded orders that took no stock (pending, cancelled, failed): the first with an item whose product manages stock.
            (long order, string product, int quantity)? candidate = null;
            foreach (long id in new[] { ids[2], ids[7], ids[9] })
            {
                foreach (JsonElement line in (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/orders/{id}")).Json.GetProperty("line_items").EnumerateArray())
                {
                    long variation = line.GetProperty("variation_id").GetInt64();
                    string product = $"wp-json/wc/v3/products/{line.GetProperty("product_id").GetInt64()}" + (variation == 0 ? "" : $"/variations/{variation}");
                    JsonElement stock = (await SendAsync(HttpMethod.Get, product)).Json;
                    if (candidate is null && stock.GetProperty("manage_stock").GetBoolean())
                    {
                        candidate = (id, product, line.GetProperty("quantity").GetInt32());
                    }
                }
            }
            Assert.NotNull(candidate);
            var (orderId, productId, taken) = candidate.Value;
            int before = await StockAsync(productId);

            Answer onHold = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/orders/batch", $"{{\"update\":[{{\"id\":{orderId},\"status\":\"on-hold\"}}]}}");
            int held = await StockAsync(productId);
            Answer restored = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/orders/batch", $"{{\"update\":[{{\"id\":{orderId},\"status\":\"pending\"}}]}}");
            int after = await StockAsync(productId);
            string[] notes = (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/orders/{orderId}/notes")).Json.EnumerateArray().Select(note => note.GetProperty("note").GetString()!).ToArray();

            Assert.Equal((before - taken, before), (held, after));
            JsonElement heldOrder = onHold.Json.GetProperty("update")[0];
            Assert.Equal("on-hold", heldOrder.GetProperty("status").GetString());
            Assert.Contains(heldOrder.GetProperty("line_items").EnumerateArray().SelectMany(line => line.GetProperty("meta_data").EnumerateArray()),
                meta => meta.GetProperty("key").GetString() == "_reduced_stock" && meta.GetProperty("value").GetString() == taken.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.DoesNotContain(restored.Json.GetProperty("update")[0].GetProperty("line_items").EnumerateArray().SelectMany(line => line.GetProperty("meta_data").EnumerateArray()),
                meta => meta.GetProperty("key").GetString() == "_reduced_stock");
            Assert.Contains(notes, note => note.StartsWith("Stock levels reduced: ", StringComparison.Ordinal) && note.Contains($"{before}&rarr;{before - taken}", StringComparison.Ordinal));
            Assert.Contains(notes, note => note.StartsWith("Stock levels increased: ", StringComparison.Ordinal) && note.Contains($"{before - taken}&rarr;{before}", StringComparison.Ordinal));
            Assert.Contains(notes, note => note.EndsWith(" to On hold.", StringComparison.Ordinal));
            Assert.Contains("Order status changed from On hold to Pending payment.", notes);
        }

        [Fact]
        public async Task A_batch_takes_an_unknown_status_without_error_and_fails_an_unknown_id_alone_as_capture_66f()
        {
            long[] ids = await SeededIdsAsync();
            long pending = ids[2];
            long processing = ids[0];
            string pendingBefore = (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/orders/{pending}")).Text;

            Answer batch = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/orders/batch",
                $"{{\"update\":[{{\"id\":{pending},\"status\":\"shipped\"}},{{\"id\":999999,\"status\":\"completed\"}}]}}");
            Answer processingToBogus = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/orders/batch", $"{{\"update\":[{{\"id\":{processing},\"status\":\"shipped\"}}]}}");
            Answer tooMany = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/orders/batch",
                "{\"update\":[" + string.Join(",", Enumerable.Range(0, 101).Select(_ => $"{{\"id\":{processing},\"status\":\"completed\"}}")) + "]}");

            Assert.Equal((HttpStatusCode.OK, "POST, PUT, PATCH"), (batch.Status, batch.Header("Allow")));
            Assert.Equal($"{{\"update\":[{pendingBefore},{{\"id\":999999,\"error\":{{\"code\":\"woocommerce_rest_shop_order_invalid_id\",\"message\":\"Invalid ID.\",\"data\":{{\"status\":400}}}}}}]}}",
                batch.Text);
            // WC_Abstract_Order::set_status makes a status it does not know "pending" (WooCommerce's source).
            Assert.Equal("pending", processingToBogus.Json.GetProperty("update")[0].GetProperty("status").GetString());
            Assert.Equal((HttpStatusCode.RequestEntityTooLarge,
                "{\"code\":\"woocommerce_rest_request_entity_too_large\",\"message\":\"Unable to accept more than 100 items for this request.\",\"data\":{\"status\":413}}"),
                (tooMany.Status, tooMany.Text));
            Assert.Equal("pending", (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/orders/{processing}")).Json.GetProperty("status").GetString());
        }

        [Fact]
        public async Task Notes_are_created_listed_and_deleted_as_captures_49_to_49d_and_a_customer_note_is_emailed_as_66i()
        {
            long[] ids = await SeededIdsAsync();
            long order = ids[1];

            Answer created = await SendAsync(HttpMethod.Post, $"wp-json/wc/v3/orders/{order}/notes", "{\"note\":\"RW-CAP2 private note: checked stock\",\"customer_note\":false}");
            Answer customer = await SendAsync(HttpMethod.Post, $"wp-json/wc/v3/orders/{order}/notes", "{\"note\":\"Shipped with tracking RW-CAP3-123.\",\"customer_note\":true}");
            Answer byUser = await SendAsync(HttpMethod.Post, $"wp-json/wc/v3/orders/{order}/notes", "{\"note\":\"Called the customer.\",\"added_by_user\":true}");
            Answer missing = await SendAsync(HttpMethod.Post, $"wp-json/wc/v3/orders/{order}/notes", "{\"customer_note\":true}");
            long id = created.Json.GetProperty("id").GetInt64();
            Answer all = await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/orders/{order}/notes");
            Answer customerOnly = await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/orders/{order}/notes?type=customer");
            Answer one = await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/orders/{order}/notes/{id}");
            Answer notTrashed = await SendAsync(HttpMethod.Delete, $"wp-json/wc/v3/orders/{order}/notes/{id}");
            Answer deleted = await SendAsync(HttpMethod.Delete, $"wp-json/wc/v3/orders/{order}/notes/{id}?force=true");
            Answer gone = await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/orders/{order}/notes/{id}");
            Answer noBatch = await SendAsync(HttpMethod.Post, $"wp-json/wc/v3/orders/{order}/notes/batch", "{\"delete\":[1]}");

            string expected = $"{{\"id\":{id},\"author\":\"WooCommerce\",\"date_created\":\"NOW\",\"date_created_gmt\":\"NOW\",\"note\":\"RW-CAP2 private note: checked stock\",\"customer_note\":false,"
                + $"\"_links\":{{\"self\":[{{\"href\":\"ORDER\\/notes\\/{id}\",\"targetHints\":{{\"allow\":[\"GET\",\"DELETE\"]}}}}],\"collection\":[{{\"href\":\"ORDER\\/notes\"}}],"
                + "\"up\":[{\"href\":\"ORDER\"}]}}";
            expected = expected.Replace("NOW", created.Json.GetProperty("date_created").GetString(), StringComparison.Ordinal)
                .Replace("ORDER", $"{Origin}/wp-json/wc/v3/orders/{order}".Replace("/", "\\/", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.Equal((HttpStatusCode.Created, expected, $"{Origin}/wp-json/wc/v3/orders/{order}/notes/{id}", "GET, POST"),
                (created.Status, created.Text, created.Header("Location"), created.Header("Allow")));
            Assert.True(customer.Json.GetProperty("customer_note").GetBoolean());
            Assert.Equal("admin", byUser.Json.GetProperty("author").GetString());
            Assert.Equal("{\"code\":\"rest_missing_callback_param\",\"message\":\"Missing parameter(s): note\",\"data\":{\"status\":400,\"params\":[\"note\"]}}", missing.Text);
            Assert.Equal(new[] { new SentEmail(order, "customer2@example.com", "customer_note", "Shipped with tracking RW-CAP3-123.") }, Store.SentEmails);
            JsonElement[] listed = all.Json.EnumerateArray().ToArray();
            // Newest first; notes of the same second in the order they were added (49b).
            Assert.Equal(listed.OrderByDescending(note => note.GetProperty("date_created").GetString(), StringComparer.Ordinal).ThenBy(note => note.GetProperty("id").GetInt64()),
                listed, new JsonTextComparer());
            Assert.Subset(listed.Select(note => note.GetProperty("id").GetInt64()).ToHashSet(), new[] { id, customer.Json.GetProperty("id").GetInt64(), byUser.Json.GetProperty("id").GetInt64() }.ToHashSet());
            Assert.Null(all.Header("X-WP-Total"));
            Assert.Equal(new[] { customer.Json.GetProperty("id").GetInt64() }, customerOnly.Json.EnumerateArray().Select(note => note.GetProperty("id").GetInt64()));
            Assert.Equal(expected, one.Text);
            Assert.Equal((HttpStatusCode.NotImplemented, "{\"code\":\"woocommerce_rest_trash_not_supported\",\"message\":\"Webhooks do not support trashing.\",\"data\":{\"status\":501}}", "GET, DELETE"),
                (notTrashed.Status, notTrashed.Text, notTrashed.Header("Allow")));
            Assert.Equal((HttpStatusCode.OK, expected), (deleted.Status, deleted.Text));
            Assert.Equal((HttpStatusCode.NotFound, "{\"code\":\"woocommerce_rest_invalid_id\",\"message\":\"Invalid resource ID.\",\"data\":{\"status\":404}}"), (gone.Status, gone.Text));
            Assert.Equal((HttpStatusCode.NotFound, "rest_no_route"), (noBatch.Status, noBatch.Json.GetProperty("code").GetString()));
        }

        [Fact]
        public async Task Notes_of_an_unknown_order_are_answered_with_WooCommerces_own_errors()
        {
            Answer list = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/orders/999999/notes");
            Answer create = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/orders/999999/notes", "{\"note\":\"x\"}");
            Answer delete = await SendAsync(HttpMethod.Delete, "wp-json/wc/v3/orders/999999/notes/1?force=true");

            Assert.Equal((HttpStatusCode.NotFound, "{\"code\":\"woocommerce_rest_shop_order_invalid_id\",\"message\":\"Invalid order ID.\",\"data\":{\"status\":404}}"), (list.Status, list.Text));
            Assert.Equal((HttpStatusCode.NotFound, "{\"code\":\"woocommerce_rest_order_invalid_id\",\"message\":\"Invalid order ID.\",\"data\":{\"status\":404}}"), (create.Status, create.Text));
            Assert.Equal(create.Text, delete.Text);
            Assert.Empty(Store.SentEmails);
        }

        [Fact]
        public async Task Refunds_are_listed_with_amounts_as_strings_and_an_order_without_any_lists_none_as_capture_66g()
        {
            long[] ids = await SeededIdsAsync();

            Answer none = await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/orders/{ids[0]}/refunds");
            Answer full = await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/orders/{ids[8]}/refunds");
            JsonElement refund = full.Json[0];
            long refundId = refund.GetProperty("id").GetInt64();
            Answer one = await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/orders/{ids[8]}/refunds/{refundId}");
            Answer elsewhere = await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/orders/{ids[0]}/refunds/{refundId}");
            Answer partial = await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/orders/{ids[3]}/refunds?_fields=amount,reason,line_items");
            Answer orderOfRefund = await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/orders/{refundId}");

            Assert.Equal(("[]", "0", "0"), (none.Text, none.Header("X-WP-Total"), none.Header("X-WP-TotalPages")));
            Assert.Equal(("1", "1"), (full.Header("X-WP-Total"), full.Header("X-WP-TotalPages")));
            Assert.Equal(new[] { "id", "date_created", "date_created_gmt", "amount", "reason", "refunded_by", "refunded_payment", "meta_data", "line_items", "shipping_lines", "tax_lines", "fee_lines", "_links" },
                refund.EnumerateObject().Select(field => field.Name));
            JsonElement item = refund.GetProperty("line_items")[0];
            Assert.True(item.GetProperty("quantity").GetInt32() < 0);
            Assert.StartsWith("-", item.GetProperty("total").GetString(), StringComparison.Ordinal);
            Assert.Equal("_refunded_item_id", item.GetProperty("meta_data")[0].GetProperty("key").GetString());
            Assert.Equal(full.Json[0].GetRawText(), one.Text);
            Assert.Equal("{\"code\":\"woocommerce_rest_invalid_order_refund_id\",\"message\":\"Invalid order refund ID.\",\"data\":{\"status\":404}}", elsewhere.Text);
            Assert.Equal("[{\"amount\":\"5.00\",\"reason\":\"Damaged packaging\",\"line_items\":[]}]", partial.Text);
            Assert.Equal((HttpStatusCode.NotFound, "woocommerce_rest_shop_order_invalid_id"), (orderOfRefund.Status, orderOfRefund.Json.GetProperty("code").GetString()));
        }

        [Fact]
        public async Task The_orders_totals_report_lists_every_status_the_store_knows_the_plugins_included_as_capture_67h()
        {
            long[] ids = await SeededIdsAsync();
            await SendAsync(HttpMethod.Delete, $"wp-json/wc/v3/orders/{ids[9]}?force=true");

            Answer totals = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/reports/orders/totals");

            Assert.Equal(
                "[{\"slug\":\"pending\",\"name\":\"Pending payment\",\"total\":1},{\"slug\":\"processing\",\"name\":\"Processing\",\"total\":2},"
                + "{\"slug\":\"on-hold\",\"name\":\"On hold\",\"total\":1},{\"slug\":\"completed\",\"name\":\"Completed\",\"total\":4},"
                + "{\"slug\":\"cancelled\",\"name\":\"Cancelled\",\"total\":1},{\"slug\":\"refunded\",\"name\":\"Refunded\",\"total\":1},"
                + "{\"slug\":\"failed\",\"name\":\"Failed\",\"total\":0},{\"slug\":\"checkout-draft\",\"name\":\"Draft\",\"total\":0},"
                + "{\"slug\":\"awaiting-shipment\",\"name\":\"Awaiting shipment\",\"total\":1}]",
                totals.Text);
            Assert.Equal(("GET", null), (totals.Header("Allow"), totals.Header("X-WP-Total")));
        }

        [Fact]
        public async Task Unknown_ids_keys_and_rights_are_answered_as_for_the_other_resources()
        {
            long[] ids = await SeededIdsAsync();

            Answer get = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/orders/999999");
            Answer put = await SendAsync(HttpMethod.Put, "wp-json/wc/v3/orders/999999", "{\"status\":\"completed\"}");
            Answer anonymous = await GetAnonymousAsync("wp-json/wc/v3/orders");
            Answer readKey = await SendAsync(HttpMethod.Put, $"wp-json/wc/v3/orders/{ids[0]}", "{\"status\":\"completed\"}", Store.Keys.Read);
            Answer writeKey = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/orders", null, Store.Keys.Write);
            Answer noRight = await SendAsync(HttpMethod.Put, $"wp-json/wc/v3/orders/{ids[0]}", "{\"status\":\"completed\"}", Store.Keys.NoEditCapability);
            Answer forced = await SendAsync(HttpMethod.Delete, $"wp-json/wc/v3/orders/{ids[0]}?force=true");
            Answer afterForce = await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/orders/{ids[0]}");

            Assert.Equal((HttpStatusCode.NotFound, "{\"code\":\"woocommerce_rest_shop_order_invalid_id\",\"message\":\"Invalid ID.\",\"data\":{\"status\":404}}"), (get.Status, get.Text));
            Assert.Equal("{\"code\":\"woocommerce_rest_shop_order_invalid_id\",\"message\":\"Invalid ID.\",\"data\":{\"status\":400}}", put.Text);
            Assert.Equal("{\"code\":\"woocommerce_rest_cannot_view\",\"message\":\"Sorry, you cannot list resources.\",\"data\":{\"status\":401}}", anonymous.Text);
            Assert.Equal("{\"code\":\"woocommerce_rest_authentication_error\",\"message\":\"The API key provided does not have write permissions.\",\"data\":{\"status\":401}}", readKey.Text);
            Assert.Equal(HttpStatusCode.Unauthorized, writeKey.Status);
            Assert.Equal("{\"code\":\"woocommerce_rest_cannot_edit\",\"message\":\"Sorry, you are not allowed to edit this resource.\",\"data\":{\"status\":403}}", noRight.Text);
            Assert.Equal((HttpStatusCode.OK, "processing", null), (forced.Status, forced.Json.GetProperty("status").GetString(), forced.Header("Allow")));
            Assert.Equal(HttpStatusCode.NotFound, afterForce.Status);
        }

        private async Task<int> StockAsync(string product) =>
            (await SendAsync(HttpMethod.Get, product)).Json.GetProperty("stock_quantity").GetInt32();

        /// <summary>Compares JSON elements by their text.</summary>
        private sealed class JsonTextComparer : System.Collections.Generic.IEqualityComparer<JsonElement>
        {
            public bool Equals(JsonElement x, JsonElement y) => x.GetRawText() == y.GetRawText();

            public int GetHashCode(JsonElement obj) => obj.GetRawText().GetHashCode(StringComparison.Ordinal);
        }

        /// <summary>The seeded orders' ids, order 1 first.</summary>
        private Task<long[]> SeededIdsAsync() => ListedAsync("orderby=id&order=asc&per_page=100");

        /// <summary>The ids of the orders listed with this query string, in the order listed.</summary>
        private async Task<long[]> ListedAsync(string query)
        {
            Answer listed = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/orders?_fields=id&" + query);
            Assert.Equal(HttpStatusCode.OK, listed.Status);
            return listed.Json.EnumerateArray().Select(order => order.GetProperty("id").GetInt64()).ToArray();
        }
    }
}
