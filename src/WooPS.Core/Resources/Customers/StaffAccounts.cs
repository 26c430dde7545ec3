using System;
using System.Linq;

namespace WooPS.Core.Resources.Customers
{
    /// <summary>
    /// The roles of the people who run a store. An e-mail names a user of any role (a customer may also be a
    /// subscriber, or hold a plugin's role such as wholesale_customer), so the customers route finds staff too, and
    /// WooCommerce deletes whatever user the key's owner may delete.
    /// </summary>
    internal static class StaffAccounts
    {
        private static readonly string[] Roles = { "administrator", "shop_manager", "editor", "author", "contributor" };

        public static DeleteGuard Guard { get; } = new DeleteGuard("role", role =>
            role is string name && Roles.Contains(name, StringComparer.OrdinalIgnoreCase)
                ? $"it is a WordPress user with the role {name}, a staff account, not a customer; Remove-WooCustomer leaves staff accounts ({string.Join(", ", Roles)}) alone: remove them in WordPress under Users"
                : null);
    }
}
