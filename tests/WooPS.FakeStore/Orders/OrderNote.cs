using System;

namespace WooPS.FakeStore.Orders;

/// <summary>
/// An order note (a comment of type order_note on the order): its comment id, author ("WooCommerce"
/// for the system's notes, the user's display name for one added_by_user), when, its text as stored,
/// and whether it is a note to the customer (is_customer_note).
/// </summary>
internal sealed record OrderNote(long Id, long OrderId, string Author, DateTime DateCreated, string Note, bool CustomerNote);
