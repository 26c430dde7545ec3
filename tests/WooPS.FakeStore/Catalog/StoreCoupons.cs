using System;
using System.Collections.Generic;
using System.Linq;

namespace WooPS.FakeStore.Catalog;

/// <summary>
/// The store's coupons, thread-safe. Coupons are posts: their ids come from the same sequence as the
/// products' (wp_posts), and their custom fields' ids from the same wp_postmeta sequence.
/// </summary>
internal sealed class StoreCoupons
{
    private readonly object _gate = new();
    private readonly SortedDictionary<long, Coupon> _byId = [];
    private readonly TimeProvider _clock;
    private readonly Func<long> _newPostId;

    /// <param name="newPostId">Hands out the next post id (<see cref="ProductCatalog.ReservePostId"/>).</param>
    /// <param name="newMetaId">Hands out the next custom field id (<see cref="ProductCatalog.NewMetaId"/>).</param>
    public StoreCoupons(TimeProvider clock, Func<long> newPostId, Func<long> newMetaId)
    {
        _clock = clock;
        _newPostId = newPostId;
        NewMetaId = newMetaId;
    }

    public Func<long> NewMetaId { get; }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _byId.Count;
            }
        }
    }

    /// <summary>Every coupon, whatever its status, in id order; a snapshot.</summary>
    public IReadOnlyList<Coupon> All()
    {
        lock (_gate)
        {
            return _byId.Values.ToList();
        }
    }

    public Coupon? Find(long id)
    {
        lock (_gate)
        {
            return _byId.GetValueOrDefault(id);
        }
    }

    /// <summary>
    /// wc_get_coupon_id_by_code: the newest published coupon with this code, compared without case
    /// (LOWER(post_title) = LOWER(%s) AND post_status = 'publish'), leaving one id out; 0 when none. A
    /// coupon in the trash (or a draft) holds no code: capture 65i creates a second coupon with the code
    /// of a trashed one, and 65g, 65h find neither by it.
    /// </summary>
    public long PublishedIdByCode(string code, long exceptId = 0)
    {
        lock (_gate)
        {
            return _byId.Values
                .Where(coupon => coupon.Status == "publish" && coupon.Id != exceptId && string.Equals(coupon.Code, code, StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(coupon => coupon.DateCreated).ThenByDescending(coupon => coupon.Id)
                .Select(coupon => coupon.Id)
                .FirstOrDefault();
        }
    }

    /// <summary>Stores the coupon the builder makes with the next post id (seeding: the builder dates it).</summary>
    public Coupon Add(Func<long, Coupon> build)
    {
        lock (_gate)
        {
            Coupon coupon = build(_newPostId());
            _byId[coupon.Id] = coupon;
            return coupon;
        }
    }

    /// <summary>Stores a coupon made now: the builder gets the next post id and now (site time, whole seconds).</summary>
    public Coupon AddNew(Func<long, DateTime, Coupon> build)
    {
        DateTime now = CurrentSecond();
        lock (_gate)
        {
            Coupon coupon = build(_newPostId(), now);
            _byId[coupon.Id] = coupon;
            return coupon;
        }
    }

    /// <summary>Replaces a coupon with a copy the change makes from it and now; null when there is no such coupon.</summary>
    public Coupon? Update(long id, Func<Coupon, DateTime, Coupon> change)
    {
        DateTime now = CurrentSecond();
        lock (_gate)
        {
            if (!_byId.TryGetValue(id, out Coupon? coupon))
            {
                return null;
            }
            Coupon changed = change(coupon, now);
            _byId[id] = changed;
            return changed;
        }
    }

    /// <summary>
    /// Moves a coupon to the trash as wp_trash_post does (capture 65k shows the result): status "trash",
    /// modified now, the slug given up and <see cref="TrashMeta"/>'s fields added. Returns the coupon as it
    /// was and whether it was in the trash already (then nothing changes), or null when there is none.
    /// </summary>
    public (Coupon Before, bool WasInTrash)? Trash(long id)
    {
        DateTime now = CurrentSecond();
        lock (_gate)
        {
            if (!_byId.TryGetValue(id, out Coupon? coupon))
            {
                return null;
            }
            if (coupon.Status == "trash")
            {
                return (coupon, true);
            }
            _byId[id] = coupon with
            {
                Status = "trash",
                Slug = TrashMeta.TrashedSlug(coupon.Slug),
                DateModified = now,
                MetaData = TrashMeta.Trashed(coupon.MetaData, coupon.Status, coupon.Slug, now, NewMetaId),
            };
            return (coupon, false);
        }
    }

    /// <summary>Deletes a coupon for good; returns it as it was, or null.</summary>
    public Coupon? Delete(long id)
    {
        lock (_gate)
        {
            return _byId.Remove(id, out Coupon? coupon) ? coupon : null;
        }
    }

    /// <summary>
    /// wp_unique_post_slug among coupons: the slug, or with -2, -3, … after it when another coupon has it
    /// (a trashed one has given its up). Under the gate of the caller's <see cref="Update"/> or <see cref="AddNew"/>.
    /// </summary>
    public string UniqueSlug(string slug, long ownId)
    {
        if (slug.Length == 0)
        {
            return slug;
        }
        HashSet<string> taken = _byId.Values.Where(coupon => coupon.Id != ownId).Select(coupon => coupon.Slug).ToHashSet();
        string candidate = slug;
        for (int suffix = 2; taken.Contains(candidate); suffix++)
        {
            candidate = $"{slug}-{suffix}";
        }
        return candidate;
    }

    /// <summary>Site time to the second (gmt_offset is 0, so UTC).</summary>
    private DateTime CurrentSecond()
    {
        DateTime now = _clock.GetUtcNow().UtcDateTime;
        return new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Unspecified);
    }
}
