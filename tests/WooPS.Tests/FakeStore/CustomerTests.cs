using System;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace WooPS.Tests.FakeStore
{
    /// <summary>
    /// The fake store's customers, through a raw HttpClient, against captures 28, 50–50c and 64–64g: the
    /// JSON field for field, the role filter, e-mails that are taken, batches that fail item by item, and
    /// no trash. The store seeds the administrator (user 1) and customers 2–4.
    /// </summary>
    public class CustomerTests : FakeStoreTests
    {
        private const string Capture64Body =
            "{\"email\":\"rw-cap3-dave@example.com\",\"first_name\":\"Dave\",\"last_name\":\"Cap3\",\"username\":\"rwcap3dave\",\"billing\":{\"first_name\":\"Dave\",\"country\":\"DE\",\"email\":\"rw-cap3-dave@example.com\"}}";

        private const string UnknownUser = "{\"code\":\"wc_user_invalid_id\",\"message\":\"Invalid user ID.\",\"data\":{\"status\":404}}";

        [Fact]
        public async Task A_customer_is_created_as_capture_64_and_read_back_alike()
        {
            Answer created = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/customers", Capture64Body);

            Assert.Equal(HttpStatusCode.Created, created.Status);
            JsonElement json = created.Json;
            long id = json.GetProperty("id").GetInt64();
            string now = json.GetProperty("date_created").GetString()!;
            long metaId = json.GetProperty("meta_data")[0].GetProperty("id").GetInt64();
            string expected =
                $"{{\"id\":{id},\"date_created\":\"{now}\",\"date_created_gmt\":\"{now}\",\"date_modified\":\"{now}\",\"date_modified_gmt\":\"{now}\",\"email\":\"rw-cap3-dave@example.com\","
                + "\"first_name\":\"Dave\",\"last_name\":\"Cap3\",\"role\":\"customer\",\"username\":\"rwcap3dave\","
                + "\"billing\":{\"first_name\":\"Dave\",\"last_name\":\"\",\"company\":\"\",\"address_1\":\"\",\"address_2\":\"\",\"city\":\"\",\"postcode\":\"\",\"country\":\"DE\",\"state\":\"\",\"email\":\"rw-cap3-dave@example.com\",\"phone\":\"\"},"
                + "\"shipping\":{\"first_name\":\"\",\"last_name\":\"\",\"company\":\"\",\"address_1\":\"\",\"address_2\":\"\",\"city\":\"\",\"postcode\":\"\",\"country\":\"\",\"state\":\"\",\"phone\":\"\"},"
                + "\"is_paying_customer\":false,\"avatar_url\":\"https:\\/\\/secure.gravatar.com\\/avatar\\/4455b7a7fef26aa1d681082f34dfd351bb62f99754d9d125ebea4e921c5bcd85?s=96&d=mm&r=g\","
                + $"\"meta_data\":[{{\"id\":{metaId},\"key\":\"default_password_nag\",\"value\":\"1\"}}],"
                + $"\"_links\":{{\"self\":[{{\"href\":\"{Escaped(Origin)}\\/wp-json\\/wc\\/v3\\/customers\\/{id}\",\"targetHints\":{{\"allow\":[\"GET\",\"POST\",\"PUT\",\"PATCH\",\"DELETE\"]}}}}],"
                + $"\"collection\":[{{\"href\":\"{Escaped(Origin)}\\/wp-json\\/wc\\/v3\\/customers\"}}]}}}}";
            Assert.Equal(expected, created.Text);
            Assert.Equal($"{Origin}/wp-json/wc/v3/customers/{id}", created.Header("Location"));
            Assert.Equal("GET, POST", created.Header("Allow"));
            Assert.Equal(expected, (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/customers/{id}")).Text);
            Assert.Equal(expected, (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/customers/{id}?context=edit")).Text);
        }

        [Fact]
        public async Task A_taken_email_is_refused_singly_as_capture_64b_whatever_its_case()
        {
            await SendAsync(HttpMethod.Post, "wp-json/wc/v3/customers", Capture64Body);

            Answer taken = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/customers", "{\"email\":\"rw-cap3-dave@example.com\",\"username\":\"rwcap3dave2\"}");
            Answer upper = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/customers", "{\"email\":\"RW-Cap3-Dave@example.com\"}");
            Answer seeded = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/customers", "{\"email\":\"customer1@example.com\"}");

            Assert.Equal((HttpStatusCode.BadRequest, "GET, POST"), (taken.Status, taken.Header("Allow")));
            Assert.Equal("{\"code\":\"registration-error-email-exists\",\"message\":\"An account is already registered with rw-cap3-dave@example.com. Please log in or use a different email address.\",\"data\":{\"status\":400}}", taken.Text);
            Assert.Equal("An account is already registered with RW-Cap3-Dave@example.com. Please log in or use a different email address.", upper.Json.GetProperty("message").GetString());
            Assert.Equal("registration-error-email-exists", seeded.Json.GetProperty("code").GetString());
        }

        [Fact]
        public async Task A_batch_answers_each_item_as_capture_64c_a_taken_email_and_an_unknown_id_failing_alone()
        {
            long dave = (await SendAsync(HttpMethod.Post, "wp-json/wc/v3/customers", Capture64Body)).Json.GetProperty("id").GetInt64();

            Answer batch = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/customers/batch",
                $"{{\"update\":[{{\"id\":{dave},\"last_name\":\"Cap3b\"}},{{\"id\":999999,\"last_name\":\"x\"}}],\"create\":[{{\"email\":\"customer1@example.com\"}}]}}");
            string updated = (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/customers/{dave}")).Text;

            Assert.Equal((HttpStatusCode.OK, "POST, PUT, PATCH"), (batch.Status, batch.Header("Allow")));
            Assert.Equal(
                "{\"create\":[{\"id\":0,\"error\":{\"code\":\"registration-error-email-exists\",\"message\":\"An account is already registered with customer1@example.com. Please log in or use a different email address.\",\"data\":{\"status\":400}}}],"
                + $"\"update\":[{updated},{{\"id\":999999,\"error\":{UnknownUser}}}]}}",
                batch.Text);
            Assert.Contains("\"last_name\":\"Cap3b\",\"role\":\"customer\"", updated, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Search_finds_the_term_in_the_login_and_email_as_capture_64d_and_a_number_in_the_login_or_the_exact_id()
        {
            long dave = (await SendAsync(HttpMethod.Post, "wp-json/wc/v3/customers", Capture64Body.Replace("\"last_name\":\"Cap3\"", "\"last_name\":\"Cap3b\""))).Json.GetProperty("id").GetInt64();

            Answer found = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/customers?search=cap3&_fields=id,email,first_name,last_name,role");

            Assert.Equal($"[{{\"id\":{dave},\"email\":\"rw-cap3-dave@example.com\",\"first_name\":\"Dave\",\"last_name\":\"Cap3b\",\"role\":\"customer\"}}]", found.Text);
            Assert.Equal(("1", "1"), (found.Header("X-WP-Total"), found.Header("X-WP-TotalPages")));
            // "2": user 2 by its id, user 3 by its login (customer2); the display name is searched too.
            Assert.Equal(new long[] { 2, 3 }, await ListedCustomerIdsAsync("search=2"));
            Assert.Equal(new long[] { 3 }, await ListedCustomerIdsAsync("search=brown"));
            Assert.Equal(new long[] { 4 }, await ListedCustomerIdsAsync("search=customer3@"));
        }

        [Fact]
        public async Task Customers_have_no_trash_501_as_capture_64e_and_force_deletes_as_64f_without_Allow_or_targetHints()
        {
            long dave = (await SendAsync(HttpMethod.Post, "wp-json/wc/v3/customers", Capture64Body)).Json.GetProperty("id").GetInt64();
            string before = (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/customers/{dave}")).Text;

            Answer unforced = await SendAsync(HttpMethod.Delete, $"wp-json/wc/v3/customers/{dave}");
            Answer selfReassign = await SendAsync(HttpMethod.Delete, $"wp-json/wc/v3/customers/{dave}?force=true&reassign={dave}");
            Answer forced = await SendAsync(HttpMethod.Delete, $"wp-json/wc/v3/customers/{dave}?force=true");
            Answer gone = await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/customers/{dave}");
            Answer again = await SendAsync(HttpMethod.Delete, $"wp-json/wc/v3/customers/{dave}?force=true");

            Assert.Equal((HttpStatusCode)501, unforced.Status);
            Assert.Equal("{\"code\":\"woocommerce_rest_trash_not_supported\",\"message\":\"Customers do not support trashing.\",\"data\":{\"status\":501}}", unforced.Text);
            Assert.Equal("GET, POST, PUT, PATCH, DELETE", unforced.Header("Allow"));
            Assert.Equal("{\"code\":\"woocommerce_rest_customer_invalid_reassign\",\"message\":\"Invalid resource id for reassignment.\",\"data\":{\"status\":400}}", selfReassign.Text);
            Assert.Equal(HttpStatusCode.OK, forced.Status);
            Assert.Equal(before.Replace(",\"targetHints\":{\"allow\":[\"GET\",\"POST\",\"PUT\",\"PATCH\",\"DELETE\"]}", ""), forced.Text);
            Assert.Null(forced.Header("Allow"));
            Assert.Equal((HttpStatusCode.NotFound, UnknownUser), (gone.Status, gone.Text));
            Assert.Equal(UnknownUser, again.Text);
        }

        [Fact]
        public async Task Email_finds_one_address_without_case_within_the_role_and_an_unknown_one_is_empty_as_capture_64g()
        {
            Answer unknown = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/customers?email=nobody@example.com");
            Answer invalid = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/customers?email=nobody");

            Assert.Equal(new long[] { 2 }, await ListedCustomerIdsAsync("email=customer1@example.com"));
            Assert.Equal(new long[] { 2 }, await ListedCustomerIdsAsync("email=CUSTOMER1@Example.com&search=bob"));
            Assert.Equal(("[]", "0", "0"), (unknown.Text, unknown.Header("X-WP-Total"), unknown.Header("X-WP-TotalPages")));
            Assert.Empty(await ListedCustomerIdsAsync("email=admin@example.com"));
            Assert.Equal(new long[] { 1 }, await ListedCustomerIdsAsync("email=admin@example.com&role=all"));
            Assert.Equal(
                "{\"code\":\"rest_invalid_param\",\"message\":\"Invalid parameter(s): email\",\"data\":{\"status\":400,\"params\":{\"email\":\"Invalid email address.\"},"
                + "\"details\":{\"email\":{\"code\":\"rest_invalid_email\",\"message\":\"Invalid email address.\",\"data\":null}}}}",
                invalid.Text);
        }

        [Fact]
        public async Task The_list_holds_customers_only_unless_a_role_is_asked_for_and_the_administrator_looks_as_in_capture_50c()
        {
            Answer customers = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/customers");
            Answer all = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/customers?role=all");
            Answer bogus = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/customers?role=bogus");

            Assert.Equal(new long[] { 2, 3, 4 }, customers.Json.EnumerateArray().Select(c => c.GetProperty("id").GetInt64()));
            Assert.Equal(("3", "1", "GET, POST"), (customers.Header("X-WP-Total"), customers.Header("X-WP-TotalPages"), customers.Header("Allow")));
            Assert.Equal(new long[] { 1, 2, 3, 4 }, all.Json.EnumerateArray().Select(c => c.GetProperty("id").GetInt64()));
            Assert.Equal(
                "{\"id\":1,\"date_created\":\"2025-11-27T09:00:00\",\"date_created_gmt\":\"2025-11-27T09:00:00\",\"date_modified\":null,\"date_modified_gmt\":null,\"email\":\"admin@example.com\","
                + "\"first_name\":\"\",\"last_name\":\"\",\"role\":\"administrator\",\"username\":\"admin\","
                + "\"billing\":{\"first_name\":\"\",\"last_name\":\"\",\"company\":\"\",\"address_1\":\"\",\"address_2\":\"\",\"city\":\"\",\"postcode\":\"\",\"country\":\"\",\"state\":\"\",\"email\":\"\",\"phone\":\"\"},"
                + "\"shipping\":{\"first_name\":\"\",\"last_name\":\"\",\"company\":\"\",\"address_1\":\"\",\"address_2\":\"\",\"city\":\"\",\"postcode\":\"\",\"country\":\"\",\"state\":\"\",\"phone\":\"\"},"
                + "\"is_paying_customer\":false,\"avatar_url\":\"https:\\/\\/secure.gravatar.com\\/avatar\\/258d8dc916db8cea2cafb6c3cd0cb0246efe061421dbd83ec3a350428cabda4f?s=96&d=mm&r=g\",\"meta_data\":[],"
                + $"\"_links\":{{\"self\":[{{\"href\":\"{Escaped(Origin)}\\/wp-json\\/wc\\/v3\\/customers\\/1\",\"targetHints\":{{\"allow\":[\"GET\",\"POST\",\"PUT\",\"PATCH\"]}}}}],"
                + $"\"collection\":[{{\"href\":\"{Escaped(Origin)}\\/wp-json\\/wc\\/v3\\/customers\"}}]}}}}",
                all.Json[0].GetRawText());
            Assert.Equal(new long[] { 1 }, await ListedCustomerIdsAsync("role=administrator"));
            Assert.Equal("role is not one of all, administrator, editor, author, contributor, subscriber, customer, and shop_manager.",
                bogus.Json.GetProperty("data").GetProperty("params").GetProperty("role").GetString());
        }

        [Fact]
        public async Task The_seeded_customers_have_the_fields_of_the_reference_stores()
        {
            JsonElement alice = (await SendAsync(HttpMethod.Get, "wp-json/wc/v3/customers/2")).Json;
            long lastActive = new DateTimeOffset(2025, 11, 28, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
            string avatar = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("customer1@example.com")));

            Assert.Equal(
                "{\"id\":2,\"date_created\":\"2025-11-28T10:00:00\",\"date_created_gmt\":\"2025-11-28T10:00:00\",\"date_modified\":\"2025-11-28T10:00:00\",\"date_modified_gmt\":\"2025-11-28T10:00:00\","
                + "\"email\":\"customer1@example.com\",\"first_name\":\"Alice\",\"last_name\":\"Anderson\",\"role\":\"customer\",\"username\":\"customer1\","
                + "\"billing\":{\"first_name\":\"Alice\",\"last_name\":\"Anderson\",\"company\":\"\",\"address_1\":\"100 Main St\",\"address_2\":\"\",\"city\":\"Springfield\",\"postcode\":\"62701\",\"country\":\"US\",\"state\":\"IL\",\"email\":\"customer1@example.com\",\"phone\":\"555-0101\"},"
                + "\"shipping\":{\"first_name\":\"Alice\",\"last_name\":\"Anderson\",\"company\":\"\",\"address_1\":\"100 Main St\",\"address_2\":\"\",\"city\":\"Springfield\",\"postcode\":\"62701\",\"country\":\"US\",\"state\":\"IL\",\"phone\":\"\"},"
                + $"\"is_paying_customer\":false,\"avatar_url\":\"https://secure.gravatar.com/avatar/{avatar}?s=96&d=mm&r=g\",\"meta_data\":[{{\"id\":106,\"key\":\"wc_last_active\",\"value\":\"{lastActive}\"}}],"
                + $"\"_links\":{{\"self\":[{{\"href\":\"{Origin}/wp-json/wc/v3/customers/2\",\"targetHints\":{{\"allow\":[\"GET\",\"POST\",\"PUT\",\"PATCH\",\"DELETE\"]}}}}],\"collection\":[{{\"href\":\"{Origin}/wp-json/wc/v3/customers\"}}]}}}}",
                alice.GetRawText().Replace("\\/", "/"));
            JsonElement carol = (await SendAsync(HttpMethod.Get, "wp-json/wc/v3/customers/4")).Json;
            Assert.Equal(("Carol", "Austin", "TX", true), (carol.GetProperty("first_name").GetString(), carol.GetProperty("billing").GetProperty("city").GetString(),
                carol.GetProperty("shipping").GetProperty("state").GetString(), carol.GetProperty("is_paying_customer").GetBoolean()));
        }

        [Fact]
        public async Task Without_a_username_the_login_is_made_from_the_email_and_without_a_password_WordPress_nags()
        {
            JsonElement jane = (await SendAsync(HttpMethod.Post, "wp-json/wc/v3/customers", "{\"email\":\"jane.doe@example.com\"}")).Json;
            JsonElement other = (await SendAsync(HttpMethod.Post, "wp-json/wc/v3/customers", "{\"email\":\"jane.doe@example.org\",\"password\":\"s3cret!\"}")).Json;
            JsonElement shop = (await SendAsync(HttpMethod.Post, "wp-json/wc/v3/customers", "{\"email\":\"info@shop.example\"}")).Json;
            Answer taken = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/customers", "{\"email\":\"x@example.net\",\"username\":\"CUSTOMER1\"}");
            Answer invalid = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/customers", "{\"email\":\"no-at-sign\"}");
            Answer missing = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/customers", "{\"first_name\":\"x\"}");
            Answer batch = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/customers/batch", "{\"create\":[{\"first_name\":\"x\"},{\"email\":\"no-at-sign\"}]}");

            Assert.Equal(("jane.doe", "default_password_nag"), (jane.GetProperty("username").GetString(), jane.GetProperty("meta_data")[0].GetProperty("key").GetString()));
            Assert.Equal(("jane.doe-0001", "[]"), (other.GetProperty("username").GetString(), other.GetProperty("meta_data").GetRawText()));
            Assert.Equal("shop.example", shop.GetProperty("username").GetString());
            Assert.Equal("{\"code\":\"registration-error-username-exists\",\"message\":\"An account is already registered with that username. Please choose another.\",\"data\":{\"status\":400}}", taken.Text);
            Assert.Equal("rest_invalid_email", invalid.Json.GetProperty("data").GetProperty("details").GetProperty("email").GetProperty("code").GetString());
            Assert.Equal("{\"code\":\"rest_missing_callback_param\",\"message\":\"Missing parameter(s): email\",\"data\":{\"status\":400,\"params\":[\"email\"]}}", missing.Text);
            Assert.Equal(
                "{\"create\":[{\"id\":0,\"error\":{\"code\":\"registration-error-invalid-email\",\"message\":\"Please provide a valid email address.\",\"data\":{\"status\":400}}},"
                + "{\"id\":0,\"error\":{\"code\":\"customer_invalid_email\",\"message\":\"Invalid email address.\",\"data\":{\"status\":400}}}]}",
                batch.Text);
        }

        [Fact]
        public async Task Updates_refuse_another_users_email_a_new_login_and_the_administrators_email_and_date_the_customer()
        {
            Answer takenEmail = await SendAsync(HttpMethod.Put, "wp-json/wc/v3/customers/3", "{\"email\":\"customer1@example.com\"}");
            Answer newLogin = await SendAsync(HttpMethod.Put, "wp-json/wc/v3/customers/3", "{\"username\":\"bobby\"}");
            Answer badBilling = await SendAsync(HttpMethod.Put, "wp-json/wc/v3/customers/3", "{\"billing\":{\"email\":\"not an address\"}}");
            Answer unknown = await SendAsync(HttpMethod.Put, "wp-json/wc/v3/customers/999999", "{\"first_name\":\"x\"}");
            Answer adminEmail = await SendAsync(HttpMethod.Put, "wp-json/wc/v3/customers/1", "{\"email\":\"root@example.com\"}");
            Answer adminName = await SendAsync(HttpMethod.Patch, "wp-json/wc/v3/customers/1", "{\"first_name\":\" Ada <b>L</b> \",\"email\":\"admin@example.com\"}");
            Answer adminDelete = await SendAsync(HttpMethod.Delete, "wp-json/wc/v3/customers/1?force=true");
            Answer noRight = await SendAsync(HttpMethod.Delete, "wp-json/wc/v3/customers/3?force=true", key: Store.Keys.NoEditCapability);
            Answer renamed = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/customers/3", "{\"last_name\":\"Baker\",\"shipping\":{\"city\":\"Salem\"},\"meta_data\":[{\"key\":\"tier\",\"value\":\"gold\"}]}");

            Assert.Equal("{\"code\":\"woocommerce_rest_customer_invalid_email\",\"message\":\"Email address is invalid.\",\"data\":{\"status\":400}}", takenEmail.Text);
            Assert.Equal("{\"code\":\"woocommerce_rest_customer_invalid_argument\",\"message\":\"Username isn't editable.\",\"data\":{\"status\":400}}", newLogin.Text);
            Assert.Equal("{\"code\":\"customer_invalid_billing_email\",\"message\":\"Invalid billing email address\",\"data\":{\"status\":400}}", badBilling.Text);
            Assert.Equal((HttpStatusCode.NotFound, UnknownUser), (unknown.Status, unknown.Text));
            Assert.Equal("{\"code\":\"woocommerce_rest_cannot_edit\",\"message\":\"Sorry, email cannot be updated via this endpoint for a user with role administrator.\",\"data\":{\"status\":403}}", adminEmail.Text);
            Assert.Equal(("Ada L", "admin@example.com"), (adminName.Json.GetProperty("first_name").GetString(), adminName.Json.GetProperty("email").GetString()));
            Assert.NotEqual(JsonValueKind.Null, adminName.Json.GetProperty("date_modified").ValueKind);
            Assert.Equal("{\"code\":\"woocommerce_rest_cannot_delete\",\"message\":\"Sorry, users with administrator role cannot be deleted via this endpoint. Allowed roles: customer, subscriber\",\"data\":{\"status\":403}}", adminDelete.Text);
            Assert.Equal("woocommerce_rest_cannot_delete", noRight.Json.GetProperty("code").GetString());
            JsonElement bob = renamed.Json;
            Assert.Equal(("Baker", "Salem", "Portland"), (bob.GetProperty("last_name").GetString(), bob.GetProperty("shipping").GetProperty("city").GetString(), bob.GetProperty("billing").GetProperty("city").GetString()));
            Assert.Equal("tier", bob.GetProperty("meta_data")[1].GetProperty("key").GetString());
            Assert.True(DateTime.Parse(bob.GetProperty("date_modified").GetString()!, CultureInfo.InvariantCulture) > new DateTime(2025, 11, 28, 11, 0, 0));
            Assert.Equal("2025-11-28T11:00:00", bob.GetProperty("date_created").GetString());
        }

        [Fact]
        public async Task The_list_pages_orders_and_filters_by_id_as_WP_User_Query_does()
        {
            Answer page = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/customers?per_page=2&role=all");

            Assert.Equal(new long[] { 1, 2 }, page.Json.EnumerateArray().Select(c => c.GetProperty("id").GetInt64()));
            Assert.Equal(("4", "2"), (page.Header("X-WP-Total"), page.Header("X-WP-TotalPages")));
            Assert.Equal($"<{Origin}/wp-json/wc/v3/customers?per_page=2&role=all&page=2>; rel=\"next\"", page.Header("Link"));
            Assert.Equal(new long[] { 4, 3, 2 }, await ListedCustomerIdsAsync("orderby=id&order=desc"));
            Assert.Equal(new long[] { 4, 3, 2 }, await ListedCustomerIdsAsync("orderby=registered_date&order=desc"));
            Assert.Equal(new long[] { 4, 2 }, await ListedCustomerIdsAsync("include=4,2&orderby=include"));
            Assert.Equal(new long[] { 2, 4 }, await ListedCustomerIdsAsync("exclude=3"));
            Assert.Equal(new long[] { 3, 4 }, await ListedCustomerIdsAsync("offset=1"));
            Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(HttpMethod.Get, "wp-json/wc/v3/customers?orderby=email")).Status);
            Assert.Equal(HttpStatusCode.Unauthorized, (await GetAnonymousAsync("wp-json/wc/v3/customers")).Status);
            Assert.Equal(UnknownUser, (await GetAnonymousAsync("wp-json/wc/v3/customers/999999")).Text);
        }

        private static string Escaped(string address) => address.Replace("/", "\\/");

        private async Task<long[]> ListedCustomerIdsAsync(string query) =>
            (await SendAsync(HttpMethod.Get, "wp-json/wc/v3/customers?" + query)).Json.EnumerateArray().Select(customer => customer.GetProperty("id").GetInt64()).ToArray();
    }
}
