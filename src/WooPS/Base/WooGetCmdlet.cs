using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using WooPS.Binding;
using WooPS.Completion;
using WooPS.Core;
using WooPS.Core.Json;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Lookups;
using WooPS.Errors;
using WooPS.Output;
using WooPS.Pipeline;

namespace WooPS.Base
{
    /// <summary>
    /// Base of the cmdlets that read a collection, whatever the resource: items by id (from -Id or the pipeline,
    /// collected and fetched 100 to a request, written in the order asked, an error for each one not found), or a
    /// listing with -First/-Skip/-IncludeTotalCount, -PageSize and progress. What a piped object stands for is
    /// each cmdlet's call (<see cref="Take"/>); anything it does not take is refused with an error naming it.
    /// </summary>
    public abstract class WooGetCmdlet : WooSessionCmdlet
    {
        protected const string ListSet = "List";
        protected const string IdSet = "Id";

        /// <summary>The parameter set of items named by their natural key (-Code, -Email).</summary>
        protected const string KeySet = "Key";

        private readonly List<(ItemKey Key, object? Input)> _pending = new List<(ItemKey, object?)>();
        private List<string>? _listOptionsGiven;

        /// <summary>Items per request, 1–100. Larger pages mean fewer requests.</summary>
        [Parameter]
        [ValidateRange(1, ListQuery.MaxPageSize)]
        [ArgumentCompleter(typeof(NoValues))]
        public int PageSize { get; set; } = ListQuery.MaxPageSize;

        /// <summary>What is piped in; each cmdlet's help says what it takes.</summary>
        [Parameter(ValueFromPipeline = true, ParameterSetName = ListSet)]
        [ArgumentCompleter(typeof(NoValues))]
        public PSObject? InputObject { get; set; }

        /// <summary>The items asked for with -Id (or their key), in the collection they belong to.</summary>
        internal abstract IEnumerable<ItemKey> KeysAskedFor { get; }

        /// <summary>"products, variations, ids and SKUs": what the cmdlet takes from the pipeline, for refusals.</summary>
        internal abstract string PipelineTakes { get; }

        protected override void ProcessRecord()
        {
            WooSession session = ResolveSession();
            if (ParameterSetName == IdSet || ParameterSetName == KeySet)
            {
                ThrowIfListOptionsGiven("-" + MyInvocation.MyCommand.ParameterSets.First(set => set.Name == ParameterSetName).Parameters.First(parameter => parameter.IsMandatory).Name, null);
                foreach (ItemKey key in KeysAskedFor)
                {
                    LookUp(session, key, key.Target);
                }
            }
            else if (MyInvocation.ExpectingInput)
            {
                Take(session, PipedObject.Read(InputObject));
            }
            else if (MyInvocation.BoundParameters.ContainsKey(nameof(InputObject)))
            {
                // Given by name, a list is its items, as if piped.
                foreach (object? item in InputObject?.BaseObject is System.Collections.IList list ? list : new object?[] { InputObject })
                {
                    Take(session, PipedObject.Read(item == null ? null : PSObject.AsPSObject(item)));
                }
            }
            else
            {
                WriteList(session);
            }
        }

        protected override void EndProcessing()
        {
            if (_pending.Count > 0)
            {
                WriteLookups(ResolveSession());
            }
        }

        /// <summary>Acts on one piped object: <see cref="LookUp"/>, a listing, or <see cref="Refuse"/>.</summary>
        internal abstract void Take(WooSession session, PipedObject piped);

        /// <summary>Lists the collection with the cmdlet's own filters, through <see cref="WriteListing"/>.</summary>
        internal abstract void WriteList(WooSession session);

        /// <summary>Queues an item to fetch with others; a full window of requests is fetched at once.</summary>
        internal void LookUp(WooSession session, ItemKey key, object? input)
        {
            _pending.Add((key, input));
            if (_pending.Count >= ListQuery.MaxPageSize * session.MaxConcurrency)
            {
                WriteLookups(session);
            }
        }

        /// <summary>A piped object this cmdlet does not take: a non-terminating error, and the pipeline goes on.</summary>
        internal void Refuse(PipedObject piped, string? hint = null) =>
            WriteError(WooErrors.From(new WooApiException(
                WooErrorCodes.WrongInput,
                $"{MyInvocation.MyCommand.Name} takes {PipelineTakes} from the pipeline; it got {piped.Description}.",
                hint: hint) { Target = piped.Original }));

        /// <summary>
        /// Ends the command when list options (the cmdlet's filters, -First, -Skip, -IncludeTotalCount) come with items
        /// named by id or SKU: they choose from and page a listing, and would be silently ignored.
        /// </summary>
        /// <param name="items">What names the items, for the message: "-Id", or the piped object's description.</param>
        internal void ThrowIfListOptionsGiven(string items, object? target)
        {
            // Only -InputObject comes from the pipeline: what else was given is the same for every item.
            List<string> given = _listOptionsGiven ??= MyInvocation.BoundParameters.Keys
                .Where(name => name != nameof(InputObject) && MyInvocation.MyCommand.Parameters.TryGetValue(name, out ParameterMetadata? metadata)
                               && ((metadata.ParameterSets.Count == 1 && metadata.ParameterSets.ContainsKey(ListSet))
                                   || name == "First" || name == "Skip" || name == "IncludeTotalCount"))
                .ToList();
            if (given.Count > 0)
            {
                ThrowTerminatingError(WooErrors.From(new WooApiException(
                    WooErrorCodes.WrongInput,
                    $"-{string.Join(", -", given)} {(given.Count == 1 ? "chooses from or pages" : "choose from or page")} a listing, but {items} names items to get.",
                    hint: "Leave them out to get the items named, or filter and page them afterwards with Where-Object and Select-Object.") { Target = target }));
            }
        }

        /// <summary>Writes a listing page by page as it arrives, honouring -Skip, -First and -IncludeTotalCount.</summary>
        /// <param name="keep">Filters WooPS applies itself, where the store offers none.</param>
        /// <param name="itemErrorsContinue">The listing stands for one item asked for (a piped category, a product's variations): a failure about that item is its error, and the pipeline goes on.</param>
        internal void WriteListing(WooSession session, WooResource resource, ListQuery query, Func<PSObject, bool>? keep = null, bool itemErrorsContinue = false) =>
            WriteListing(session, resource, (log, cancellation) => Task.FromResult(query), keep, itemErrorsContinue);

        /// <param name="makeQuery">Builds the query in the background, for filters the store must resolve first (category names).</param>
        internal void WriteListing(WooSession session, WooResource resource, Func<IWooLog, CancellationToken, Task<ListQuery>> makeQuery, Func<PSObject, bool>? keep = null, bool itemErrorsContinue = false)
        {
            // Items asked for before this listing come out before it.
            WriteLookups(session);
            var paging = new ListPaging(PagingParameters, PageSize, resource.Paged);
            if (paging.NothingToFetch)
            {
                return;
            }

            var progress = new ListingProgress(MyInvocation.MyCommand.Name, resource.Plural);
            try
            {
                Run(async (queue, cancellation) =>
                {
                    try
                    {
                        await WriteListingPagesAsync(session, resource, makeQuery, paging, progress, keep, queue, cancellation).ConfigureAwait(false);
                    }
                    catch (WooApiException failure) when (itemErrorsContinue && failure.IsAboutOneItem)
                    {
                        queue.WriteError(WooErrors.From(failure));
                    }
                });
            }
            finally
            {
                progress.Complete(this);
            }
        }

        /// <summary>Fetches what <see cref="LookUp"/> queued and writes it in the order asked.</summary>
        private void WriteLookups(WooSession session)
        {
            if (_pending.Count == 0)
            {
                return;
            }

            List<(ItemKey Key, object? Input)> asked = _pending.ToList();
            _pending.Clear();
            Run(async (queue, cancellation) =>
            {
                IReadOnlyList<FoundItem> found = await session.Resources.Items.FindAsync(asked.ConvertAll(a => a.Key), queue, cancellation).ConfigureAwait(false);
                List<object> output = found.Select((item, index) => item.Item is WooRecord record
                    ? (object)ToPSObject(item.Key.Resource, record)
                    : WooErrors.From(item.Failure!, asked[index].Input ?? item.Key.Target)).ToList();
                queue.Post(() =>
                {
                    foreach (object written in output)
                    {
                        if (written is ErrorRecord error)
                        {
                            WriteError(error);
                        }
                        else
                        {
                            WriteObject(written);
                        }
                    }
                });
            });
        }

        private async Task WriteListingPagesAsync(WooSession session, WooResource resource, Func<IWooLog, CancellationToken, Task<ListQuery>> makeQuery, ListPaging paging, ListingProgress progress, Func<PSObject, bool>? keep, PipelineQueue queue, CancellationToken cancellation)
        {
            ListQuery query = await makeQuery(queue, cancellation).ConfigureAwait(false);
            query.PageSize = paging.PageSize;
            query.FirstPage = paging.FirstPage;
            query.LastPage = paging.LastPage;
            // Items become PowerShell objects with their page's request, in parallel; the pipeline thread only writes them.
            await session.Resources.ListAsync(resource, query, record => ToPSObject(resource, record), page =>
            {
                List<PSObject> wanted = paging.Take(keep == null ? page.Items : page.Items.Where(keep).ToList());
                return queue.InvokeAsync(() =>
                {
                    // PowerShell's convention: the total comes first, then the objects.
                    if (page.Number == query.FirstPage && PagingParameters.IncludeTotalCount)
                    {
                        WriteObject(page.TotalItems is long total
                            ? PagingParameters.NewTotalCount((ulong)total, 1.0)
                            : PagingParameters.NewTotalCount(0, 0.0));
                    }

                    foreach (PSObject item in wanted)
                    {
                        WriteObject(item);
                    }

                    foreach (WooApiException unreadable in page.Unreadable)
                    {
                        WriteError(WooErrors.From(unreadable));
                    }

                    progress.Report(this, page, wanted.Count);
                    return !paging.Done;
                });
            }, queue, cancellation).ConfigureAwait(false);
        }

        private static PSObject ToPSObject(WooResource resource, WooRecord record) => RecordConverter.ToPSObject(record, resource.TypeNameOf(record));
    }
}
