using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest;

/// <summary>The errors the real store answers with, word for word (see the reference captures).</summary>
internal static class WooErrors
{
    public static WooError Authentication(string code, string message) => new(401, code, message);

    public static WooError AuthenticationError(string message) => Authentication("woocommerce_rest_authentication_error", message);

    public static WooError CannotList() => new(401, "woocommerce_rest_cannot_view", "Sorry, you cannot list resources.");

    public static WooError CannotView() => new(401, "woocommerce_rest_cannot_view", "Sorry, you cannot view this resource.");

    /// <param name="status">rest_authorization_required_code(): 401 when anonymous, 403 when logged in.</param>
    public static WooError CannotBatch(int status) =>
        new(status, "woocommerce_rest_cannot_batch", "Sorry, you are not allowed to batch manipulate this resource.");

    /// <param name="status">rest_authorization_required_code(), as for <see cref="CannotBatch"/>.</param>
    public static WooError CannotCreate(int status) =>
        new(status, "woocommerce_rest_cannot_create", "Sorry, you are not allowed to create resources.");

    /// <param name="status">rest_authorization_required_code(), as for <see cref="CannotBatch"/>.</param>
    public static WooError CannotEdit(int status) =>
        new(status, "woocommerce_rest_cannot_edit", "Sorry, you are not allowed to edit this resource.");

    /// <param name="status">rest_authorization_required_code(), as for <see cref="CannotBatch"/>.</param>
    public static WooError CannotDelete(int status) =>
        new(status, "woocommerce_rest_cannot_delete", "Sorry, you are not allowed to delete this resource.");

    /// <summary>Deleting a product (or a variation: post type product_variation) in the trash without force (capture 23b).</summary>
    public static WooError AlreadyTrashed(string postType = "product") =>
        new(410, "woocommerce_rest_already_trashed", $"The {postType} has already been deleted.");

    /// <summary>Deleting a term without force (capture 57e): terms have no trash.</summary>
    public static WooError TrashNotSupported() => new(501, "woocommerce_rest_trash_not_supported", "Resource does not support trashing.");

    public static WooError NoRoute() => new(404, "rest_no_route", "No route was found matching the URL and request method.");

    /// <summary>A settings group WooCommerce does not have (WC_REST_Setting_Options_Controller::get_group_settings).</summary>
    public static WooError InvalidSettingGroup() => new(404, "rest_setting_setting_group_invalid", "Invalid setting group.");

    public static WooError InvalidProductId() => new(404, "woocommerce_rest_product_invalid_id", "Invalid ID.");

    /// <summary>WC_REST_CRUD_Controller::update_item says the same of an unknown id, but with 400 where reads and deletes say 404.</summary>
    public static WooError InvalidProductIdToUpdate() => new(400, "woocommerce_rest_product_invalid_id", "Invalid ID.");

    // WooCommerce names the code after the post type: woocommerce_rest_{product_variation}_invalid_id.
    public static WooError InvalidVariationId() => new(404, "woocommerce_rest_product_variation_invalid_id", "Invalid ID.");

    /// <summary>WC_REST_CRUD_Controller::update_item of an unknown variation: 400 where reads and deletes say 404.</summary>
    public static WooError InvalidVariationIdToUpdate() => new(400, "woocommerce_rest_product_variation_invalid_id", "Invalid ID.");

    /// <param name="status">rest_authorization_required_code(), as for <see cref="CannotBatch"/>.</param>
    public static WooError VariationOfAnotherProduct(int status) =>
        new(status, "woocommerce_rest_cannot_edit", "Parent product does not match current variation.");

    /// <summary>
    /// A variation asked for under a product id that is no product. Inferred, no capture: WooCommerce
    /// itself would store an orphan variation (its data store drops a parent that is no product); this
    /// is the answer its variations/generate route gives the same product id.
    /// </summary>
    public static WooError UnknownVariationParent() => new(404, "woocommerce_rest_product_invalid_id", "Invalid product ID.");

    /// <summary>WC_REST_CRUD_Controller::create_item given an id.</summary>
    public static WooError VariationExists() => new(400, "woocommerce_rest_product_variation_exists", "Cannot create existing product_variation.");

    /// <summary>A term id the taxonomy does not hold (WC_REST_Terms_Controller::check_permissions).</summary>
    public static WooError InvalidTerm() => new(404, "woocommerce_rest_term_invalid", "Resource does not exist.");

    /// <summary>Terms of an attribute id that does not exist: its taxonomy is unknown.</summary>
    public static WooError InvalidTaxonomy() => new(404, "woocommerce_rest_taxonomy_invalid", "Taxonomy does not exist.");

    /// <summary>
    /// An attribute id that does not exist. The attributes controller's permission check reports
    /// it with the taxonomy code but its own message, before it looks at who is asking.
    /// </summary>
    public static WooError InvalidAttribute() => new(404, "woocommerce_rest_taxonomy_invalid", "Resource does not exist.");

    /// <summary>A parent for a tag: WC_REST_Terms_Controller refuses it before WordPress sees it.</summary>
    public static WooError TaxonomyNotHierarchical() =>
        new(400, "woocommerce_rest_taxonomy_not_hierarchical", "Can not set resource parent, taxonomy is not hierarchical.");

    /// <summary>WC_REST_Terms_Controller::delete_item of the default_product_cat category.</summary>
    public static WooError DefaultCategoryUndeletable() => new(500, "woocommerce_rest_cannot_delete", "Default product category cannot be deleted.");

    /// <summary>WC_REST_Terms_Controller::delete_item when wp_delete_term fails (a batch deleting a term that does not exist).</summary>
    public static WooError TermUndeletable() => new(500, "woocommerce_rest_cannot_delete", "The resource cannot be deleted.");

    /// <summary>A coupon id that is no coupon, read or deleted (capture 65k's batch delete of an unknown id).</summary>
    public static WooError InvalidCouponId() => new(404, "woocommerce_rest_shop_coupon_invalid_id", "Invalid ID.");

    /// <summary>WC_REST_CRUD_Controller::update_item of an unknown coupon: 400 where reads and deletes say 404.</summary>
    public static WooError InvalidCouponIdToUpdate() => new(400, "woocommerce_rest_shop_coupon_invalid_id", "Invalid ID.");

    /// <summary>WC_REST_CRUD_Controller::create_item given an id.</summary>
    public static WooError CouponExists() => new(400, "woocommerce_rest_shop_coupon_exists", "Cannot create existing shop_coupon.");

    /// <summary>The coupons controller's prepare_object_for_database when a create has an empty() code.</summary>
    public static WooError EmptyCouponCode() => new(400, "woocommerce_rest_empty_coupon_code", "The coupon code cannot be empty.");

    /// <summary>A code a published coupon has (captures 65b, 65c).</summary>
    public static WooError CouponCodeExists() => new(400, "woocommerce_rest_coupon_code_already_exists", "The coupon code already exists");

    /// <summary>set_discount_type's exception: what a batch item gets for an unknown type (capture 65c).</summary>
    public static WooError InvalidDiscountType() => new(400, "coupon_invalid_discount_type", "Invalid discount type.");

    /// <summary>set_amount's exception for an amount below 0, or above 100 for a percent coupon (WooCommerce's source, no capture).</summary>
    public static WooError InvalidCouponAmount() => new(400, "coupon_invalid_amount", "Invalid discount amount.");

    /// <summary>set_email_restrictions' exception (WooCommerce's source, no capture).</summary>
    public static WooError InvalidEmailRestriction() => new(400, "coupon_invalid_email_address", "Invalid email address restriction.");

    /// <summary>Users::get_user_in_current_site of an unknown user, for reads, writes and deletes alike (capture 64c).</summary>
    public static WooError InvalidUserId() => new(404, "wc_user_invalid_id", "Invalid user ID.");

    /// <summary>Deleting a customer without force (capture 64e).</summary>
    public static WooError CustomersNotTrashable() => new(501, "woocommerce_rest_trash_not_supported", "Customers do not support trashing.");

    /// <summary>A customer create given an id (WooCommerce's source, no capture).</summary>
    public static WooError CustomerExists() => new(400, "woocommerce_rest_customer_exists", "Cannot create existing resource.");

    /// <summary>A taken e-mail (captures 64b, 64c), named as given.</summary>
    public static WooError EmailExists(string email) =>
        new(400, "registration-error-email-exists", $"An account is already registered with {email}. Please log in or use a different email address.");

    /// <summary>wc_create_new_customer without a valid e-mail (WooCommerce's source, no capture).</summary>
    public static WooError RegistrationInvalidEmail() => new(400, "registration-error-invalid-email", "Please provide a valid email address.");

    /// <summary>wc_create_new_customer with a login validate_username refuses (WooCommerce's source, no capture).</summary>
    public static WooError RegistrationInvalidUsername() => new(400, "registration-error-invalid-username", "Please enter a valid account username.");

    /// <summary>wc_create_new_customer with a taken login (WooCommerce's source, no capture).</summary>
    public static WooError RegistrationUsernameExists() =>
        new(400, "registration-error-username-exists", "An account is already registered with that username. Please choose another.");

    /// <summary>wp_insert_user's limit on logins (WordPress's source, no capture).</summary>
    public static WooError UsernameTooLong() => new(400, "user_login_too_long", "Username may not be longer than 60 characters.");

    /// <summary>WC_Customer::set_email's exception (WooCommerce's source, no capture).</summary>
    public static WooError CustomerInvalidEmail() => new(400, "customer_invalid_email", "Invalid email address.");

    /// <summary>WC_Customer::set_billing_email's exception (WooCommerce's source, no capture).</summary>
    public static WooError CustomerInvalidBillingEmail() => new(400, "customer_invalid_billing_email", "Invalid billing email address");

    /// <summary>An update to another user's e-mail (update_item; WooCommerce's source, no capture).</summary>
    public static WooError CustomerEmailTaken() => new(400, "woocommerce_rest_customer_invalid_email", "Email address is invalid.");

    /// <summary>An update naming another login (update_item; WooCommerce's source, no capture).</summary>
    public static WooError UsernameNotEditable() => new(400, "woocommerce_rest_customer_invalid_argument", "Username isn't editable.");

    /// <summary>reassign= naming the deleted user or no user (delete_item; WooCommerce's source, no capture).</summary>
    public static WooError InvalidReassign() => new(400, "woocommerce_rest_customer_invalid_reassign", "Invalid resource id for reassignment.");

    /// <summary>update_item_permissions_check of a user whose role the route may not change the e-mail or password of.</summary>
    /// <param name="status">rest_authorization_required_code(), as for <see cref="CannotBatch"/>.</param>
    public static WooError CannotEditPropertyOfRole(int status, string property, string role) =>
        new(status, "woocommerce_rest_cannot_edit", $"Sorry, {property} cannot be updated via this endpoint for a user with role {role}.");

    /// <summary>delete_item_permissions_check of a user whose role the route may not delete (the administrator).</summary>
    /// <param name="status">rest_authorization_required_code(), as for <see cref="CannotBatch"/>.</param>
    public static WooError CannotDeleteRole(int status, string role) =>
        new(status, "woocommerce_rest_cannot_delete", $"Sorry, users with {role} role cannot be deleted via this endpoint. Allowed roles: customer, subscriber");

    /// <summary>An order id that is no order, read or deleted (WC_REST_CRUD_Controller, post type shop_order).</summary>
    public static WooError InvalidOrderId() => new(404, "woocommerce_rest_shop_order_invalid_id", "Invalid ID.");

    /// <summary>update_item of an unknown order: 400 where reads and deletes say 404 (capture 66f, per batch item).</summary>
    public static WooError InvalidOrderIdToUpdate() => new(400, "woocommerce_rest_shop_order_invalid_id", "Invalid ID.");

    /// <summary>The notes of an unknown order (WC_REST_Order_Notes_V2_Controller::get_items).</summary>
    public static WooError NotesOfUnknownOrder() => new(404, "woocommerce_rest_shop_order_invalid_id", "Invalid order ID.");

    /// <summary>A note created, read or deleted under an unknown order (the notes controller's other callbacks).</summary>
    public static WooError NoteOfUnknownOrder() => new(404, "woocommerce_rest_order_invalid_id", "Invalid order ID.");

    /// <summary>A note id the order does not have.</summary>
    public static WooError InvalidNoteId() => new(404, "woocommerce_rest_invalid_id", "Invalid resource ID.");

    /// <summary>Deleting a note without force (capture 49c): the message is the webhooks controller's, as WooCommerce has it.</summary>
    public static WooError NotesNotTrashable() => new(501, "woocommerce_rest_trash_not_supported", "Webhooks do not support trashing.");

    /// <summary>A refund id that is no order nor refund (WC_REST_CRUD_Controller::get_item, post type shop_order_refund).</summary>
    public static WooError InvalidRefundId() => new(404, "woocommerce_rest_shop_order_refund_invalid_id", "Invalid ID.");

    /// <summary>A refund asked for under an order id that is no order (prepare_object_for_response).</summary>
    public static WooError RefundOfUnknownOrder() => new(404, "woocommerce_rest_invalid_order_id", "Invalid order ID.");

    /// <summary>A refund (or order) asked for under an order it does not belong to.</summary>
    public static WooError RefundOfAnotherOrder() => new(404, "woocommerce_rest_invalid_order_refund_id", "Invalid order refund ID.");

    /// <summary>set_parent_id of the order itself or of no order.</summary>
    public static WooError InvalidOrderParent() => new(400, "order_invalid_parent_id", "Invalid parent ID");

    /// <summary>save_object given a customer_id that is no user.</summary>
    public static WooError InvalidOrderCustomer() => new(400, "woocommerce_rest_invalid_customer_id", "Customer ID is invalid.");

    /// <summary>set_billing_email's exception for an address is_email refuses.</summary>
    public static WooError InvalidOrderBillingEmail() => new(400, "order_invalid_billing_email", "Invalid billing email address");

    /// <summary>
    /// Not WooCommerce's: this fake store does not create orders (a single POST orders is no route here),
    /// so a batch's create items are each refused with this, saying so.
    /// </summary>
    public static WooError OrderCreateNotSupported() => new(501, "fakestore_order_create_not_supported", "This fake store does not create orders.");

    public static WooError MissingParameters(IReadOnlyList<string> names) =>
        new(400, "rest_missing_callback_param", $"Missing parameter(s): {string.Join(", ", names)}",
            new JsonObject { ["params"] = new JsonArray(names.Select(name => (JsonNode?)name).ToArray()) });

    public static WooError TooManyBatchItems(int limit) =>
        new(413, "woocommerce_rest_request_entity_too_large", $"Unable to accept more than {limit} items for this request.");

    public static WooError InvalidJson() =>
        new(400, "rest_invalid_json", "Invalid JSON body passed.",
            new JsonObject { ["json_error_code"] = 4, ["json_error_message"] = "Syntax error" });

    /// <summary>set_catalog_visibility's exception (capture 53).</summary>
    public static WooError InvalidCatalogVisibility() =>
        new(400, "product_invalid_catalog_visibility", "Invalid catalog visibility option.");

    /// <summary>set_tax_status's exception, as set_catalog_visibility's: inferred from WooCommerce's source, no capture.</summary>
    public static WooError InvalidTaxStatus() => new(400, "product_invalid_tax_status", "Invalid product tax status.");

    public static WooError DuplicateSku(long existingId, string sku) =>
        new(400, "product_invalid_sku", "Invalid or duplicated SKU.",
            new JsonObject { ["resource_id"] = existingId, ["unique_sku"] = sku + "-1" });

    /// <summary>
    /// A product create whose SKU is in the lookup table, held by a product in the trash (captures 63e,
    /// 63f): the data store's exception, the SKU passed through esc_html.
    /// </summary>
    public static WooError ProductNotCreated(string sku) =>
        new(400, "woocommerce_rest_product_not_created",
            $"The product with SKU ({WordPressText.EscHtml(sku)}) you are trying to insert is already present in the lookup table");

    /// <summary>rest_invalid_param listing every invalid parameter, as WP_REST_Request::has_valid_params.</summary>
    public static WooError InvalidParameters(IReadOnlyList<ParameterProblem> problems)
    {
        var parameters = new JsonObject();
        var details = new JsonObject();
        foreach (ParameterProblem problem in problems)
        {
            parameters[problem.Name] = problem.Message;
            details[problem.Name] = new JsonObject { ["code"] = problem.Code, ["message"] = problem.Message, ["data"] = problem.Data?.DeepClone() };
        }
        string names = string.Join(", ", problems.Select(problem => problem.Name));
        return new WooError(400, "rest_invalid_param", $"Invalid parameter(s): {names}",
            new JsonObject { ["params"] = parameters, ["details"] = details });
    }
}
