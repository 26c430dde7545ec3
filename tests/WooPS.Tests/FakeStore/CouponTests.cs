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
    /// The fake store's coupons, through a raw HttpClient, against captures 51–51e and 65–65k: the JSON
    /// field for field, codes stored lower-cased and held only by published coupons, the trash, batches
    /// whose items skip the schema, and WC_Coupon's setters.
    /// </summary>
    public class CouponTests : FakeStoreTests
    {
        private const string CodeExists = "{\"code\":\"woocommerce_rest_coupon_code_already_exists\",\"message\":\"The coupon code already exists\",\"data\":{\"status\":400}}";

        // Capture 65's answer with its id, creation date and address as placeholders.
        private const string Captured65 =
            "{\"id\":ID,\"code\":\"rw-cap3-ten\",\"amount\":\"10.00\",\"status\":\"publish\",\"date_created\":\"NOW\",\"date_created_gmt\":\"NOW\",\"date_modified\":\"NOW\",\"date_modified_gmt\":\"NOW\","
            + "\"discount_type\":\"percent\",\"description\":\"\",\"date_expires\":\"2027-01-31T00:00:00\",\"date_expires_gmt\":\"2027-01-31T00:00:00\",\"usage_count\":0,\"individual_use\":true,"
            + "\"product_ids\":[],\"excluded_product_ids\":[],\"usage_limit\":1,\"usage_limit_per_user\":null,\"limit_usage_to_x_items\":null,\"free_shipping\":false,\"product_categories\":[],"
            + "\"excluded_product_categories\":[],\"exclude_sale_items\":false,\"minimum_amount\":\"0.00\",\"maximum_amount\":\"0.00\",\"email_restrictions\":[],\"used_by\":[],\"meta_data\":[],"
            + "\"_links\":{\"self\":[{\"href\":\"ORIGIN\\/wp-json\\/wc\\/v3\\/coupons\\/ID\",\"targetHints\":{\"allow\":[\"GET\",\"POST\",\"PUT\",\"PATCH\",\"DELETE\"]}}],"
            + "\"collection\":[{\"href\":\"ORIGIN\\/wp-json\\/wc\\/v3\\/coupons\"}]}}";

        private const string Capture65Body = "{\"code\":\"RW-Cap3-Ten\",\"discount_type\":\"percent\",\"amount\":\"10\",\"individual_use\":true,\"usage_limit\":1,\"date_expires\":\"2027-01-31\"}";

        [Fact]
        public async Task A_coupon_is_created_with_its_code_lower_cased_and_read_back_field_for_field_as_capture_65()
        {
            Answer created = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/coupons", Capture65Body);

            Assert.Equal(HttpStatusCode.Created, created.Status);
            long id = created.Json.GetProperty("id").GetInt64();
            string expected = Expected(Captured65, id, created.Json.GetProperty("date_created").GetString()!);
            Assert.Equal(expected, created.Text);
            Assert.Equal($"{Origin}/wp-json/wc/v3/coupons/{id}", created.Header("Location"));
            Assert.Equal("GET, POST", created.Header("Allow"));
            Answer read = await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/coupons/{id}");
            Assert.Equal(expected, read.Text);
            Assert.Equal("GET, POST, PUT, PATCH, DELETE", read.Header("Allow"));
            Assert.Equal(expected, (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/coupons/{id}?context=edit")).Text);
            Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/coupons/{id}?context=bogus")).Status);
        }

        [Fact]
        public async Task A_taken_code_is_refused_whatever_its_case_singly_and_per_item_and_an_unknown_discount_type_is_rest_invalid_param_only_singly()
        {
            long ten = await CreateCouponAsync(Capture65Body);

            Answer taken = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/coupons", "{\"code\":\"rw-cap3-ten\",\"amount\":\"5\"}");
            Answer upper = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/coupons", "{\"code\":\"RW-CAP3-TEN\",\"amount\":\"5\"}");
            Answer batch = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/coupons/batch",
                "{\"create\":[{\"code\":\"RW-CAP3-A\",\"amount\":\"5\"},{\"code\":\"rw-cap3-ten\",\"amount\":\"5\"},{\"code\":\"RW-CAP3-B\",\"discount_type\":\"bogus\",\"amount\":\"5\"}]}");
            Answer single = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/coupons", "{\"code\":\"RW-CAP3-B\",\"discount_type\":\"bogus\",\"amount\":\"5\"}");
            Answer renamed = await SendAsync(HttpMethod.Put, $"wp-json/wc/v3/coupons/{ten}", "{\"code\":\"RW-CAP3-A\"}");

            Assert.Equal((HttpStatusCode.BadRequest, CodeExists, "GET, POST"), (taken.Status, taken.Text, taken.Header("Allow")));
            Assert.Equal(CodeExists, upper.Text);
            Assert.Equal((HttpStatusCode.OK, "POST, PUT, PATCH"), (batch.Status, batch.Header("Allow")));
            JsonElement items = batch.Json.GetProperty("create");
            JsonElement a = items[0];
            Assert.Equal(("rw-cap3-a", "5.00", "fixed_cart"), (a.GetProperty("code").GetString(), a.GetProperty("amount").GetString(), a.GetProperty("discount_type").GetString()));
            Assert.Equal($"{{\"id\":0,\"error\":{CodeExists}}}", items[1].GetRawText());
            Assert.Equal("{\"id\":0,\"error\":{\"code\":\"coupon_invalid_discount_type\",\"message\":\"Invalid discount type.\",\"data\":{\"status\":400}}}", items[2].GetRawText());
            const string NotInEnum = "discount_type is not one of percent, fixed_cart, fixed_product, and sign_up_fee.";
            Assert.Equal(
                "{\"code\":\"rest_invalid_param\",\"message\":\"Invalid parameter(s): discount_type\",\"data\":{\"status\":400,\"params\":{\"discount_type\":\"" + NotInEnum + "\"},"
                + "\"details\":{\"discount_type\":{\"code\":\"rest_not_in_enum\",\"message\":\"" + NotInEnum + "\",\"data\":null}}}}",
                single.Text);
            Assert.Equal(CodeExists, renamed.Text);
            Assert.Equal(new[] { a.GetProperty("id").GetInt64(), ten }, await ListedCouponIdsAsync("search=cap3"));
        }

        [Fact]
        public async Task Search_finds_the_code_as_capture_65d_with_fields_in_the_coupons_own_order()
        {
            long ten = await CreateCouponAsync(Capture65Body);
            long a = await CreateCouponAsync("{\"code\":\"RW-CAP3-A\",\"amount\":\"5\"}");
            await CreateCouponAsync("{\"code\":\"other\",\"amount\":\"1\",\"description\":\"Not this one\"}");

            Answer found = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/coupons?search=cap3&_fields=id,code,amount,discount_type,status");

            Assert.Equal(
                $"[{{\"id\":{a},\"code\":\"rw-cap3-a\",\"amount\":\"5.00\",\"status\":\"publish\",\"discount_type\":\"fixed_cart\"}},"
                + $"{{\"id\":{ten},\"code\":\"rw-cap3-ten\",\"amount\":\"10.00\",\"status\":\"publish\",\"discount_type\":\"percent\"}}]",
                found.Text);
            Assert.Equal(("2", "1", "GET, POST"), (found.Header("X-WP-Total"), found.Header("X-WP-TotalPages"), found.Header("Allow")));
            Assert.Equal(await ListedCouponIdsAsync("search=not%20this"), await ListedCouponIdsAsync("search=ONE%20not"));
            Assert.Single(await ListedCouponIdsAsync("search=ONE%20not"));
        }

        [Fact]
        public async Task An_amount_that_is_no_number_is_stored_as_0_with_200_even_singly_and_keeps_date_modified_as_capture_65e()
        {
            long id = await CreateCouponAsync(Capture65Body);
            string before = (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/coupons/{id}")).Text;

            Answer put = await SendAsync(HttpMethod.Put, $"wp-json/wc/v3/coupons/{id}", "{\"amount\":\"abc\"}");

            Assert.Equal(HttpStatusCode.OK, put.Status);
            Assert.Equal(before.Replace("\"amount\":\"10.00\"", "\"amount\":\"0.00\""), put.Text);
            Assert.Equal(put.Text, (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/coupons/{id}")).Text);
        }

        [Fact]
        public async Task Delete_trashes_then_410_and_a_trashed_coupon_is_found_only_by_status_trash_and_frees_its_code_as_captures_65f_to_65j()
        {
            long id = await CreateCouponAsync(Capture65Body);
            string live = (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/coupons/{id}")).Text;

            Answer trashed = await SendAsync(HttpMethod.Delete, $"wp-json/wc/v3/coupons/{id}");
            Answer again = await SendAsync(HttpMethod.Delete, $"wp-json/wc/v3/coupons/{id}");
            Answer byCode = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/coupons?code=rw-cap3-ten&_fields=id,code,status");
            Answer byCodeInTrash = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/coupons?code=rw-cap3-ten&status=trash&_fields=id,code,status");
            Answer reused = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/coupons", "{\"code\":\"rw-cap3-ten\",\"amount\":\"5\"}");
            Answer inTrash = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/coupons?status=trash&_fields=id,code,status");
            JsonElement stored = (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/coupons/{id}")).Json;

            Assert.Equal((HttpStatusCode.OK, live, "GET, POST, PUT, PATCH, DELETE"), (trashed.Status, trashed.Text, trashed.Header("Allow")));
            Assert.Equal((HttpStatusCode.Gone, "{\"code\":\"woocommerce_rest_already_trashed\",\"message\":\"The shop_coupon has already been deleted.\",\"data\":{\"status\":410}}"),
                (again.Status, again.Text));
            Assert.Equal(("[]", "0", "0"), (byCode.Text, byCode.Header("X-WP-Total"), byCode.Header("X-WP-TotalPages")));
            Assert.Equal(("[]", "0", "0"), (byCodeInTrash.Text, byCodeInTrash.Header("X-WP-Total"), byCodeInTrash.Header("X-WP-TotalPages")));
            Assert.Equal(HttpStatusCode.Created, reused.Status);
            long second = reused.Json.GetProperty("id").GetInt64();
            Assert.Equal(("rw-cap3-ten", "5.00", "fixed_cart"), (reused.Json.GetProperty("code").GetString(), reused.Json.GetProperty("amount").GetString(), reused.Json.GetProperty("discount_type").GetString()));
            Assert.Equal(($"[{{\"id\":{id},\"code\":\"rw-cap3-ten\",\"status\":\"trash\"}}]", "1"), (inTrash.Text, inTrash.Header("X-WP-Total")));
            Assert.Equal(new[] { second }, await ListedCouponIdsAsync("code=RW-CAP3-TEN"));
            Assert.Equal("trash", stored.GetProperty("status").GetString());
            JsonElement[] meta = stored.GetProperty("meta_data").EnumerateArray().ToArray();
            Assert.Equal(new[] { "_wp_trash_meta_status", "_wp_trash_meta_time", "_wp_desired_post_slug" }, meta.Select(field => field.GetProperty("key").GetString()));
            Assert.Equal(("publish", "rw-cap3-ten"), (meta[0].GetProperty("value").GetString(), meta[2].GetProperty("value").GetString()));
        }

        [Fact]
        public async Task A_batch_delete_is_for_good_trash_included_and_an_unknown_id_fails_alone_as_capture_65k_and_force_as_51e()
        {
            long ten = await CreateCouponAsync(Capture65Body);
            long a = await CreateCouponAsync("{\"code\":\"rw-cap3-a\",\"amount\":\"5\"}");
            long five = await CreateCouponAsync("{\"code\":\"rw-cap2-five\",\"discount_type\":\"fixed_cart\",\"amount\":\"5.00\"}");
            await SendAsync(HttpMethod.Delete, $"wp-json/wc/v3/coupons/{ten}");
            string trashedTen = (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/coupons/{ten}")).Text;
            string liveA = (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/coupons/{a}")).Text;
            string liveFive = (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/coupons/{five}")).Text;

            Answer batch = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/coupons/batch", $"{{\"delete\":[{ten},{a},999999]}}");
            Answer forced = await SendAsync(HttpMethod.Delete, $"wp-json/wc/v3/coupons/{five}?force=true");

            Assert.Equal(HttpStatusCode.OK, batch.Status);
            Assert.Equal(
                $"{{\"delete\":[{trashedTen},{liveA},{{\"id\":999999,\"error\":{{\"code\":\"woocommerce_rest_shop_coupon_invalid_id\",\"message\":\"Invalid ID.\",\"data\":{{\"status\":404}}}}}}]}}",
                batch.Text);
            Assert.Equal((HttpStatusCode.OK, liveFive), (forced.Status, forced.Text));
            foreach (long gone in new[] { ten, a, five })
            {
                Answer read = await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/coupons/{gone}");
                Assert.Equal((HttpStatusCode.NotFound, "{\"code\":\"woocommerce_rest_shop_coupon_invalid_id\",\"message\":\"Invalid ID.\",\"data\":{\"status\":404}}"), (read.Status, read.Text));
            }
            Assert.Equal("[]", (await SendAsync(HttpMethod.Get, "wp-json/wc/v3/coupons?status=trash")).Text);
        }

        [Fact]
        public async Task Unknown_ids_keys_and_rights_are_answered_as_for_products()
        {
            long seeded = (await ListedCouponIdsAsync("orderby=id&order=asc"))[0];

            Answer get = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/coupons/999999");
            Answer put = await SendAsync(HttpMethod.Put, "wp-json/wc/v3/coupons/999999", "{\"amount\":\"1\"}");
            Answer delete = await SendAsync(HttpMethod.Delete, "wp-json/wc/v3/coupons/999999?force=true");
            Answer anonymous = await GetAnonymousAsync($"wp-json/wc/v3/coupons/{seeded}");
            Answer anonymousList = await GetAnonymousAsync("wp-json/wc/v3/coupons");
            Answer readKey = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/coupons", "{\"code\":\"x\"}", Store.Keys.Read);
            Answer noRight = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/coupons", "{\"code\":\"x\"}", Store.Keys.NoEditCapability);
            Answer noRightBatch = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/coupons/batch", $"{{\"delete\":[{seeded}]}}", Store.Keys.NoEditCapability);
            Answer batchUpdate = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/coupons/batch", "{\"update\":[{\"id\":999999,\"amount\":\"1\"}]}");

            Assert.Equal((HttpStatusCode.NotFound, "woocommerce_rest_shop_coupon_invalid_id"), (get.Status, get.Json.GetProperty("code").GetString()));
            Assert.Equal("{\"code\":\"woocommerce_rest_shop_coupon_invalid_id\",\"message\":\"Invalid ID.\",\"data\":{\"status\":400}}", put.Text);
            Assert.Equal(HttpStatusCode.NotFound, delete.Status);
            Assert.Equal("{\"code\":\"woocommerce_rest_cannot_view\",\"message\":\"Sorry, you cannot view this resource.\",\"data\":{\"status\":401}}", anonymous.Text);
            Assert.Equal("{\"code\":\"woocommerce_rest_cannot_view\",\"message\":\"Sorry, you cannot list resources.\",\"data\":{\"status\":401}}", anonymousList.Text);
            Assert.Equal("{\"code\":\"woocommerce_rest_authentication_error\",\"message\":\"The API key provided does not have write permissions.\",\"data\":{\"status\":401}}", readKey.Text);
            Assert.Equal("{\"code\":\"woocommerce_rest_cannot_create\",\"message\":\"Sorry, you are not allowed to create resources.\",\"data\":{\"status\":403}}", noRight.Text);
            Assert.Equal(HttpStatusCode.Forbidden, noRightBatch.Status);
            Assert.Equal("{\"update\":[{\"id\":999999,\"error\":{\"code\":\"woocommerce_rest_shop_coupon_invalid_id\",\"message\":\"Invalid ID.\",\"data\":{\"status\":400}}}]}", batchUpdate.Text);
            Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/coupons/{seeded}")).Status);
        }

        [Fact]
        public async Task A_single_write_checks_WordPress_types_and_items_then_the_setters_take_what_passes()
        {
            Answer limit = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/coupons", "{\"code\":\"typed\",\"usage_limit\":\"abc\"}");
            Answer items = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/coupons", "{\"code\":\"typed\",\"product_ids\":[12,\"x\"]}");
            Answer emails = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/coupons", "{\"code\":\"typed\",\"email_restrictions\":[\"a@example.com\",5]}");
            Answer missing = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/coupons", "{\"amount\":\"5\"}");
            Answer empty = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/coupons", "{\"code\":\"\"}");
            // amount comes before discount_type: set_amount checks 150 against the type so far (fixed_cart).
            Answer ordered = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/coupons", "{\"code\":\"ordered\",\"discount_type\":\"percent\",\"amount\":\"150\"}");
            Answer tooMuch = await SendAsync(HttpMethod.Put, $"wp-json/wc/v3/coupons/{ordered.Json.GetProperty("id").GetInt64()}", "{\"amount\":\"150\"}");
            Answer negative = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/coupons", "{\"code\":\"typed\",\"amount\":\"-5\"}");
            Answer typed = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/coupons",
                "{\"code\":\"Typed\",\"product_ids\":\"12,13,12\",\"excluded_product_ids\":[0,14],\"product_categories\":[\"16\"],\"individual_use\":\"true\",\"free_shipping\":1,"
                + "\"usage_limit\":\"5\",\"limit_usage_to_x_items\":0,\"minimum_amount\":\"1,234.5\",\"maximum_amount\":\"abc\",\"email_restrictions\":\"A@Example.com, b@example.com\","
                + "\"date_expires\":\"2027-03-01T12:30:00\",\"description\":\"Typed & checked\",\"meta_data\":[{\"key\":\"_origin\",\"value\":\"erp\"}]}");

            Assert.Equal("{\"code\":\"rest_invalid_param\",\"message\":\"Invalid parameter(s): usage_limit\",\"data\":{\"status\":400,\"params\":{\"usage_limit\":\"usage_limit is not of type integer.\"},"
                + "\"details\":{\"usage_limit\":{\"code\":\"rest_invalid_type\",\"message\":\"usage_limit is not of type integer.\",\"data\":{\"param\":\"usage_limit\"}}}}}", limit.Text);
            Assert.Equal("{\"code\":\"rest_invalid_param\",\"message\":\"Invalid parameter(s): product_ids\",\"data\":{\"status\":400,\"params\":{\"product_ids\":\"product_ids[1] is not of type integer.\"},"
                + "\"details\":{\"product_ids\":{\"code\":\"rest_invalid_type\",\"message\":\"product_ids[1] is not of type integer.\",\"data\":{\"param\":\"product_ids[1]\"}}}}}", items.Text);
            Assert.Equal("email_restrictions[1] is not of type string.", emails.Json.GetProperty("data").GetProperty("params").GetProperty("email_restrictions").GetString());
            Assert.Equal("{\"code\":\"rest_missing_callback_param\",\"message\":\"Missing parameter(s): code\",\"data\":{\"status\":400,\"params\":[\"code\"]}}", missing.Text);
            Assert.Equal("{\"code\":\"woocommerce_rest_empty_coupon_code\",\"message\":\"The coupon code cannot be empty.\",\"data\":{\"status\":400}}", empty.Text);
            Assert.Equal((HttpStatusCode.Created, "150.00", "percent"), (ordered.Status, ordered.Json.GetProperty("amount").GetString(), ordered.Json.GetProperty("discount_type").GetString()));
            Assert.Equal("{\"code\":\"coupon_invalid_amount\",\"message\":\"Invalid discount amount.\",\"data\":{\"status\":400}}", tooMuch.Text);
            Assert.Equal(tooMuch.Text, negative.Text);
            Assert.Equal(HttpStatusCode.Created, typed.Status);
            JsonElement coupon = typed.Json;
            Assert.Equal("typed", coupon.GetProperty("code").GetString());
            Assert.Equal("[12,13]", coupon.GetProperty("product_ids").GetRawText());
            Assert.Equal("[14]", coupon.GetProperty("excluded_product_ids").GetRawText());
            Assert.Equal("[16]", coupon.GetProperty("product_categories").GetRawText());
            Assert.True(coupon.GetProperty("individual_use").GetBoolean());
            Assert.True(coupon.GetProperty("free_shipping").GetBoolean());
            Assert.Equal(5, coupon.GetProperty("usage_limit").GetInt32());
            Assert.Equal(JsonValueKind.Null, coupon.GetProperty("limit_usage_to_x_items").ValueKind);
            Assert.Equal(("1234.50", "0.00"), (coupon.GetProperty("minimum_amount").GetString(), coupon.GetProperty("maximum_amount").GetString()));
            Assert.Equal("[\"a@example.com\",\"b@example.com\"]", coupon.GetProperty("email_restrictions").GetRawText());
            Assert.Equal(("2027-03-01T12:30:00", "2027-03-01T12:30:00"), (coupon.GetProperty("date_expires").GetString(), coupon.GetProperty("date_expires_gmt").GetString()));
            Assert.Equal("Typed & checked", coupon.GetProperty("description").GetString());
            Assert.Equal("_origin", coupon.GetProperty("meta_data")[0].GetProperty("key").GetString());
            long id = coupon.GetProperty("id").GetInt64();

            // A null field is no field (get_param finds none): it clears nothing; "" clears the expiry.
            JsonElement afterNull = (await SendAsync(HttpMethod.Put, $"wp-json/wc/v3/coupons/{id}", "{\"date_expires\":null,\"usage_limit\":null}")).Json;
            JsonElement afterEmpty = (await SendAsync(HttpMethod.Put, $"wp-json/wc/v3/coupons/{id}", "{\"date_expires\":\"\",\"usage_limit\":0}")).Json;
            Assert.Equal(("2027-03-01T12:30:00", 5), (afterNull.GetProperty("date_expires").GetString(), afterNull.GetProperty("usage_limit").GetInt32()));
            Assert.Equal((JsonValueKind.Null, JsonValueKind.Null, JsonValueKind.Null),
                (afterEmpty.GetProperty("date_expires").ValueKind, afterEmpty.GetProperty("date_expires_gmt").ValueKind, afterEmpty.GetProperty("usage_limit").ValueKind));
        }

        [Fact]
        public async Task A_batch_item_skips_the_schema_so_PHPs_casts_decide()
        {
            Answer batch = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/coupons/batch",
                "{\"create\":[{\"code\":\"Cast\",\"individual_use\":\"false\",\"usage_limit\":\"abc\",\"amount\":\"12.5abc\",\"discount_type\":\"percent_product\",\"product_ids\":\"12,13\"},{\"amount\":\"5\"}]}");

            JsonElement cast = batch.Json.GetProperty("create")[0];
            Assert.Equal(HttpStatusCode.OK, batch.Status);
            // (bool) "false" is true; absint( "abc" ) is 0, answered as null; "percent_product" is the old name of percent.
            Assert.True(cast.GetProperty("individual_use").GetBoolean());
            Assert.Equal(JsonValueKind.Null, cast.GetProperty("usage_limit").ValueKind);
            Assert.Equal(("12.50", "percent"), (cast.GetProperty("amount").GetString(), cast.GetProperty("discount_type").GetString()));
            // (array) "12,13" is one item, and absint( "12,13" ) is 12.
            Assert.Equal("[12]", cast.GetProperty("product_ids").GetRawText());
            Assert.Equal("{\"id\":0,\"error\":{\"code\":\"woocommerce_rest_empty_coupon_code\",\"message\":\"The coupon code cannot be empty.\",\"data\":{\"status\":400}}}",
                batch.Json.GetProperty("create")[1].GetRawText());
        }

        [Fact]
        public async Task Lists_page_order_and_filter_by_id_and_leave_drafts_in_status_any()
        {
            await using WooPS.FakeStore.FakeStore store = await WooPS.FakeStore.FakeStore.StartAsync(new FakeStoreOptions { Products = 2, Coupons = 7 });
            string origin = store.HttpsUrl.GetLeftPart(UriPartial.Authority);
            Task<Answer> List(string query) => SendToAsync(store, "wp-json/wc/v3/coupons?" + query);
            async Task<long[]> Ids(string query) => (await List(query)).Json.EnumerateArray().Select(coupon => coupon.GetProperty("id").GetInt64()).ToArray();

            Answer first = await List("per_page=5&_fields=code,status");
            Answer second = await List("per_page=5&page=2&_fields=code");
            long[] byId = await Ids("orderby=id&order=asc");
            long[] included = await Ids($"include={byId[3]},{byId[0]},{byId[5]}&orderby=include");
            Answer drafts = await List("status=draft&_fields=code");
            Answer badOrderBy = await List("orderby=price");
            long lastProduct = (await SendToAsync(store, "wp-json/wc/v3/products?orderby=id&order=desc&per_page=1")).Json[0].GetProperty("id").GetInt64();

            Assert.Equal("[{\"code\":\"save007\",\"status\":\"publish\"},{\"code\":\"item006\",\"status\":\"publish\"},{\"code\":\"cart005\",\"status\":\"draft\"},"
                + "{\"code\":\"save004\",\"status\":\"publish\"},{\"code\":\"item003\",\"status\":\"publish\"}]", first.Text);
            Assert.Equal(("7", "2"), (first.Header("X-WP-Total"), first.Header("X-WP-TotalPages")));
            Assert.Equal($"<{origin}/wp-json/wc/v3/coupons?per_page=5&_fields=code%2Cstatus&page=2>; rel=\"next\"", first.Header("Link"));
            Assert.Equal("[{\"code\":\"cart002\"},{\"code\":\"save001\"}]", second.Text);
            Assert.Equal(7, byId.Length);
            Assert.Equal(byId.Order(), byId);
            Assert.Equal(new[] { byId[3], byId[0], byId[5] }, included);
            Assert.Equal("[{\"code\":\"cart005\"}]", drafts.Text);
            Assert.Equal("orderby is not one of date, id, include, title, slug, and modified.",
                badOrderBy.Json.GetProperty("data").GetProperty("params").GetProperty("orderby").GetString());
            // Coupons are posts: their ids follow the products' and variations'.
            Assert.True(byId[0] > lastProduct);
        }

        [Fact]
        public async Task The_seeded_coupons_take_turns_at_the_three_discount_types()
        {
            JsonElement[] seeded = (await SendAsync(HttpMethod.Get, "wp-json/wc/v3/coupons?orderby=id&order=asc")).Json.EnumerateArray().ToArray();

            Assert.Equal(new[] { "save001", "cart002", "item003" }, seeded.Select(coupon => coupon.GetProperty("code").GetString()));
            Assert.Equal(new[] { "percent", "fixed_cart", "fixed_product" }, seeded.Select(coupon => coupon.GetProperty("discount_type").GetString()));
            Assert.Equal(new[] { "10.00", "5.00", "2.50" }, seeded.Select(coupon => coupon.GetProperty("amount").GetString()));
            Assert.Equal(("[\"2\"]", 1, 100), (seeded[0].GetProperty("used_by").GetRawText(), seeded[0].GetProperty("usage_count").GetInt32(), seeded[0].GetProperty("usage_limit").GetInt32()));
            Assert.Equal(("50.00", "2026-12-01T00:00:00"), (seeded[1].GetProperty("minimum_amount").GetString(), seeded[1].GetProperty("date_expires").GetString()));
            Assert.True(seeded[2].GetProperty("free_shipping").GetBoolean());
            Assert.Equal(2, seeded[2].GetProperty("limit_usage_to_x_items").GetInt32());
            Assert.Equal(new[] { seeded[0].GetProperty("id").GetInt64() }, await ListedCouponIdsAsync("code=SAVE001"));
        }

        [Fact]
        public async Task Reports_list_every_coupon_type_the_plugins_included_counting_trashed_coupons_as_capture_67j()
        {
            long signUp = await CreateCouponAsync("{\"code\":\"rw-signup\",\"discount_type\":\"sign_up_fee\",\"amount\":\"5\"}");
            await SendAsync(HttpMethod.Delete, $"wp-json/wc/v3/coupons/{signUp}");

            Answer totals = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/reports/coupons/totals");

            Assert.Equal(
                "[{\"slug\":\"percent\",\"name\":\"Percentage discount\",\"total\":1},{\"slug\":\"fixed_cart\",\"name\":\"Fixed cart discount\",\"total\":1},"
                + "{\"slug\":\"fixed_product\",\"name\":\"Fixed product discount\",\"total\":1},{\"slug\":\"sign_up_fee\",\"name\":\"Sign-up fee discount\",\"total\":1}]",
                totals.Text);
            Assert.Equal(("GET", null), (totals.Header("Allow"), totals.Header("X-WP-Total")));
        }

        /// <summary>The capture's text with this store's id, date and address in place of the placeholders.</summary>
        private string Expected(string captured, long id, string now) =>
            captured.Replace("ORIGIN", Origin.Replace("/", "\\/")).Replace("ID", id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Replace("NOW", now);

        /// <summary>A GET with the read_write key of another store than this class's.</summary>
        private Task<Answer> SendToAsync(WooPS.FakeStore.FakeStore store, string target)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, new Uri(store.HttpsUrl, target));
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(store.Keys.ReadWrite.Key + ":" + store.Keys.ReadWrite.Secret)));
            return AnswerAsync(request);
        }

        private async Task<long> CreateCouponAsync(string json)
        {
            Answer created = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/coupons", json);
            Assert.Equal(HttpStatusCode.Created, created.Status);
            return created.Json.GetProperty("id").GetInt64();
        }

        private async Task<long[]> ListedCouponIdsAsync(string query) =>
            (await SendAsync(HttpMethod.Get, "wp-json/wc/v3/coupons?" + query)).Json.EnumerateArray().Select(coupon => coupon.GetProperty("id").GetInt64()).ToArray();
    }
}
