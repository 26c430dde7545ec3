using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace WooPS.FakeStore.Users;

/// <summary>
/// The site's WordPress users (wp_users), the administrator and the customers, thread-safe. Ids count up
/// from 1 and are never given again; user meta ids have their own sequence (wp_usermeta).
/// </summary>
internal sealed class StoreUsers(TimeProvider clock)
{
    private readonly object _gate = new();
    private readonly SortedDictionary<long, Customer> _byId = [];
    private long _lastId;
    // The reference store's first customer meta is 106 (capture 50).
    private long _lastMetaId = 105;

    /// <summary>Every user in id order; a snapshot.</summary>
    public IReadOnlyList<Customer> All()
    {
        lock (_gate)
        {
            return _byId.Values.ToList();
        }
    }

    public Customer? Find(long id)
    {
        lock (_gate)
        {
            return _byId.GetValueOrDefault(id);
        }
    }

    /// <summary>email_exists: the user with this address, compared without case as MySQL does; null when none.</summary>
    public Customer? FindByEmail(string email)
    {
        lock (_gate)
        {
            return email.Length == 0 ? null : _byId.Values.FirstOrDefault(user => string.Equals(user.Email, email, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>username_exists, without case as MySQL compares user_login.</summary>
    public bool UsernameExists(string username)
    {
        lock (_gate)
        {
            return _byId.Values.Any(user => string.Equals(user.Username, username, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>A new user meta id.</summary>
    public long NewMetaId() => Interlocked.Increment(ref _lastMetaId);

    /// <summary>Stores the user the builder makes with the next id (seeding: the builder dates it).</summary>
    public Customer Add(Func<long, Customer> build)
    {
        lock (_gate)
        {
            Customer user = build(++_lastId);
            _byId[user.Id] = user;
            return user;
        }
    }

    /// <summary>Stores a user registered now: the builder gets the next id and now (site time, whole seconds).</summary>
    public Customer AddNew(Func<long, DateTime, Customer> build)
    {
        DateTime now = CurrentSecond();
        lock (_gate)
        {
            Customer user = build(++_lastId, now);
            _byId[user.Id] = user;
            return user;
        }
    }

    /// <summary>Replaces a user with a copy the change makes from it and now; null when there is no such user.</summary>
    public Customer? Update(long id, Func<Customer, DateTime, Customer> change)
    {
        DateTime now = CurrentSecond();
        lock (_gate)
        {
            if (!_byId.TryGetValue(id, out Customer? user))
            {
                return null;
            }
            Customer changed = change(user, now);
            _byId[id] = changed;
            return changed;
        }
    }

    /// <summary>Deletes a user for good; returns it as it was, or null.</summary>
    public Customer? Delete(long id)
    {
        lock (_gate)
        {
            return _byId.Remove(id, out Customer? user) ? user : null;
        }
    }

    private DateTime CurrentSecond()
    {
        DateTime now = clock.GetUtcNow().UtcDateTime;
        return new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Unspecified);
    }
}
