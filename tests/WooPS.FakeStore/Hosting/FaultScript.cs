using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace WooPS.FakeStore.Hosting;

/// <summary>
/// The scripted faults in force (<see cref="FakeStoreModes.FaultScript"/>) and what they did: per rule,
/// the requests that matched it, those it hit, and those it holds right now. Each rule counts every
/// request that matches its method and route, whether or not another rule acted on it; the first rule
/// (in the script's order) whose <see cref="FaultRule.Nth"/> picks the request acts. Thread-safe; a new
/// script starts from nothing.
/// </summary>
internal sealed class FaultScript
{
    public static readonly FaultScript None = new([]);

    private readonly object _gate = new();
    private readonly FaultRule[] _rules;
    private readonly Regex[] _routes;
    private readonly int[] _matched;
    private readonly int[] _hits;
    private readonly int[] _held;
    private TaskCompletionSource _heldChanged = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <exception cref="ArgumentException">A rule cannot be used: its problem says why.</exception>
    public FaultScript(IReadOnlyList<FaultRule> rules)
    {
        _rules = rules.ToArray();
        for (int index = 0; index < _rules.Length; index++)
        {
            if ((_rules[index] ?? throw new ArgumentException($"Rule {index + 1} is null.", nameof(rules))).Problem() is string problem)
            {
                throw new ArgumentException($"Rule {index + 1}: {problem}.", nameof(rules));
            }
        }
        _routes = _rules.Select((rule, index) => Compile(rule.Route, index)).ToArray();
        _matched = new int[_rules.Length];
        _hits = new int[_rules.Length];
        _held = new int[_rules.Length];
    }

    public IReadOnlyList<FaultRule> Rules => _rules;

    /// <summary>Counts the request for every rule it matches; returns the rule that acts on it (its index and itself), or null.</summary>
    /// <param name="route">The REST route, normalized ("/wc/v3/products").</param>
    public (int Index, FaultRule Rule)? Pick(string method, string route)
    {
        if (_rules.Length == 0)
        {
            return null;
        }
        lock (_gate)
        {
            (int, FaultRule)? acting = null;
            for (int index = 0; index < _rules.Length; index++)
            {
                FaultRule rule = _rules[index];
                if ((rule.Method != "*" && !rule.Method.Equals(method, StringComparison.OrdinalIgnoreCase)) || !_routes[index].IsMatch(route))
                {
                    continue;
                }
                int count = ++_matched[index];
                if (acting is null && (rule.Nth is null || rule.Nth.Contains(count)))
                {
                    _hits[index]++;
                    acting = (index, rule);
                }
            }
            return acting;
        }
    }

    /// <summary>Counts a request the rule holds until the returned object is disposed.</summary>
    public IDisposable Hold(int index)
    {
        ChangeHeld(index, +1);
        return new Release(() => ChangeHeld(index, -1));
    }

    public IReadOnlyList<FaultRuleStatus> Status()
    {
        lock (_gate)
        {
            return _rules.Select((rule, index) => new FaultRuleStatus(rule, _matched[index], _hits[index], _held[index])).ToList();
        }
    }

    /// <summary>Completes once the rule holds at least <paramref name="count"/> requests at the same time.</summary>
    public Task WaitUntilHeldAsync(int index, int count, CancellationToken cancellationToken) =>
        WaitUntilAsync(index, held => held >= count, cancellationToken);

    /// <summary>Completes once the rule holds no request (at once, when it holds none).</summary>
    public Task WaitUntilReleasedAsync(int index, CancellationToken cancellationToken) =>
        WaitUntilAsync(index, held => held == 0, cancellationToken);

    private async Task WaitUntilAsync(int index, Func<int, bool> reached, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _rules.Length);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (reached(_held[index]))
                {
                    return;
                }
                changed = _heldChanged.Task;
            }
            await changed.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private void ChangeHeld(int index, int by)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            _held[index] += by;
            changed = _heldChanged;
            _heldChanged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.TrySetResult();
    }

    private static Regex Compile(string pattern, int index)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException problem)
        {
            throw new ArgumentException($"Rule {index + 1}: the route is no regular expression ({problem.Message}).", nameof(pattern), problem);
        }
    }

    private sealed class Release(Action release) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                release();
            }
        }
    }
}
