using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace WooPS.FakeStore.Orders;

/// <summary>
/// The store's orders, their notes and refunds, and the e-mails sent about them, thread-safe. Orders and
/// refunds are posts: their ids come from the products' sequence (wp_posts, as HPOS keeps a placeholder
/// post per order). Order items, their meta, the orders' meta and the notes (comments) each have their
/// own sequence.
/// </summary>
internal sealed class StoreOrders
{
    private readonly object _gate = new();
    private readonly SortedDictionary<long, Order> _byId = [];
    private readonly Dictionary<long, List<OrderNote>> _notesByOrder = [];
    private readonly List<SentEmail> _emails = [];
    private readonly TimeProvider _clock;
    private readonly Func<long> _newPostId;
    // Kept until the next change: every list request reads them all.
    private IReadOnlyList<Order>? _all;
    private long _lastItemId;
    private long _lastItemMetaId;
    private long _lastOrderMetaId;
    private long _lastNoteId;

    /// <param name="newPostId">Hands out the next post id (<see cref="Catalog.ProductCatalog.ReservePostId"/>).</param>
    public StoreOrders(TimeProvider clock, Func<long> newPostId)
    {
        _clock = clock;
        _newPostId = newPostId;
    }

    public long NewPostId() => _newPostId();

    /// <summary>A new order item id (woocommerce_order_items).</summary>
    public long NewItemId() => Interlocked.Increment(ref _lastItemId);

    /// <summary>A new order item meta id (woocommerce_order_itemmeta).</summary>
    public long NewItemMetaId() => Interlocked.Increment(ref _lastItemMetaId);

    /// <summary>A new order meta id (wc_orders_meta).</summary>
    public long NewOrderMetaId() => Interlocked.Increment(ref _lastOrderMetaId);

    /// <summary>Every order, whatever its status, in id order; a snapshot that later changes do not touch.</summary>
    public IReadOnlyList<Order> All()
    {
        lock (_gate)
        {
            return _all ??= _byId.Values.ToList();
        }
    }

    public Order? Find(long id)
    {
        lock (_gate)
        {
            return _byId.GetValueOrDefault(id);
        }
    }

    /// <summary>The refund with this id if it is one of this order's; else null.</summary>
    public OrderRefund? FindRefund(long orderId, long refundId) =>
        Find(orderId)?.Refunds.FirstOrDefault(refund => refund.Id == refundId);

    /// <summary>Stores an order the builder makes with the next post id (seeding: the builder dates it).</summary>
    public Order Add(Func<long, Order> build)
    {
        lock (_gate)
        {
            Order order = build(_newPostId());
            _byId[order.Id] = order;
            _all = null;
            return order;
        }
    }

    /// <summary>
    /// Replaces an order with a copy the change makes from it and now (site time, whole seconds); null when
    /// there is no such order. The change runs under the store's gate, so it may add notes.
    /// </summary>
    public Order? Update(long id, Func<Order, DateTime, Order> change)
    {
        DateTime now = CurrentSecond();
        lock (_gate)
        {
            if (!_byId.TryGetValue(id, out Order? order))
            {
                return null;
            }
            Order changed = change(order, now);
            _byId[id] = changed;
            _all = null;
            return changed;
        }
    }

    /// <summary>
    /// Moves an order to the trash (WC_Order::delete without force): status trash, modified now, the status
    /// it had kept. Returns the order as it was and whether it was in the trash already (then nothing
    /// changes), or null when there is none.
    /// </summary>
    public (Order Before, bool WasInTrash)? Trash(long id)
    {
        DateTime now = CurrentSecond();
        lock (_gate)
        {
            if (!_byId.TryGetValue(id, out Order? order))
            {
                return null;
            }
            if (order.Status == "trash")
            {
                return (order, true);
            }
            _byId[id] = order with { Status = "trash", StatusBeforeTrash = order.Status, DateModified = now };
            _all = null;
            return (order, false);
        }
    }

    /// <summary>Deletes an order for good, its notes and refunds with it; returns it as it was, or null.</summary>
    public Order? Delete(long id)
    {
        lock (_gate)
        {
            if (!_byId.Remove(id, out Order? order))
            {
                return null;
            }
            _notesByOrder.Remove(id);
            _all = null;
            return order;
        }
    }

    /// <summary>
    /// An order's notes as get_comments lists them: newest first; notes of the same second in the order
    /// they were added (capture 49b: 15, then 11, 12, 13, 14).
    /// </summary>
    public IReadOnlyList<OrderNote> NotesOf(long orderId)
    {
        lock (_gate)
        {
            return _notesByOrder.TryGetValue(orderId, out List<OrderNote>? notes)
                ? notes.OrderByDescending(note => note.DateCreated).ThenBy(note => note.Id).ToList()
                : [];
        }
    }

    public OrderNote? FindNote(long orderId, long noteId)
    {
        lock (_gate)
        {
            return _notesByOrder.TryGetValue(orderId, out List<OrderNote>? notes) ? notes.FirstOrDefault(note => note.Id == noteId) : null;
        }
    }

    /// <summary>Adds a note to an order (WC_Order::add_order_note), dated <paramref name="at"/> or now.</summary>
    public OrderNote AddNote(long orderId, string author, string text, bool customerNote, DateTime? at = null)
    {
        DateTime when = at ?? CurrentSecond();
        lock (_gate)
        {
            var note = new OrderNote(++_lastNoteId, orderId, author, when, text, customerNote);
            if (!_notesByOrder.TryGetValue(orderId, out List<OrderNote>? notes))
            {
                notes = [];
                _notesByOrder[orderId] = notes;
            }
            notes.Add(note);
            return note;
        }
    }

    /// <summary>Deletes a note for good (wc_delete_order_note); returns it as it was, or null.</summary>
    public OrderNote? DeleteNote(long orderId, long noteId)
    {
        lock (_gate)
        {
            if (!_notesByOrder.TryGetValue(orderId, out List<OrderNote>? notes) || notes.FindIndex(note => note.Id == noteId) is not (>= 0 and var index))
            {
                return null;
            }
            OrderNote deleted = notes[index];
            notes.RemoveAt(index);
            return deleted;
        }
    }

    /// <summary>Notes an e-mail as sent.</summary>
    public void RecordEmail(SentEmail email)
    {
        lock (_gate)
        {
            _emails.Add(email);
        }
    }

    /// <summary>Every e-mail sent so far, in order; a snapshot.</summary>
    public IReadOnlyList<SentEmail> Emails()
    {
        lock (_gate)
        {
            return _emails.ToList();
        }
    }

    /// <summary>Site time to the second (gmt_offset is 0, so UTC).</summary>
    public DateTime CurrentSecond()
    {
        DateTime now = _clock.GetUtcNow().UtcDateTime;
        return new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Unspecified);
    }
}
