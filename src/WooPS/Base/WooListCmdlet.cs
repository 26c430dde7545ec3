using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using WooPS.Core;
using WooPS.Core.Json;
using WooPS.Core.Resources;

namespace WooPS.Base
{
    /// <summary>
    /// Base of the cmdlets that read a collection: items by id (one request each, an unknown id is a
    /// non-terminating error), or a listing with -First/-Skip/-IncludeTotalCount, -PageSize and progress.
    /// </summary>
    public abstract class WooListCmdlet : WooSessionCmdlet
    {
        protected const string ListSet = "List";
        protected const string IdSet = "Id";

        /// <summary>Items per request, 1–100. Larger pages mean fewer requests.</summary>
        [Parameter]
        [ValidateRange(1, ListQuery.MaxPageSize)]
        public int PageSize { get; set; } = ListQuery.MaxPageSize;

        internal abstract WooResource Resource { get; }

        /// <summary>The PowerShell type name of the items, for their view.</summary>
        internal abstract string ItemTypeName { get; }

        /// <summary>The ids asked for with -Id; null when listing.</summary>
        internal abstract IReadOnlyList<long>? IdsAskedFor { get; }

        protected override void ProcessRecord()
        {
            WooSession session = ResolveSession();
            if (IdsAskedFor is IReadOnlyList<long> ids)
            {
                WriteById(session, Resource, ids, ItemTypeName);
            }
            else
            {
                WriteList(session);
            }
        }

        /// <summary>Lists the collection with the cmdlet's own filters, through <see cref="WriteListing(WooSession, WooResource, ListQuery, string, string, Func{PSObject, bool})"/>.</summary>
        internal abstract void WriteList(WooSession session);

        /// <summary>Writes each item by id; a failure about one id is a non-terminating error, any other ends the command.</summary>
        internal void WriteById(WooSession session, WooResource resource, IEnumerable<long> ids, string typeName)
        {
            Run(async (queue, cancellation) =>
            {
                foreach (long id in ids)
                {
                    try
                    {
                        WooRecord item = await session.Catalog.GetAsync(resource, id, queue, cancellation).ConfigureAwait(false);
                        queue.Post(() => WriteObject(RecordConverter.ToPSObject(item, typeName)));
                    }
                    catch (WooApiException failure) when (failure.IsAboutOneItem)
                    {
                        queue.WriteError(WooErrors.From(failure, id));
                    }
                }
            });
        }

        /// <summary>Writes a listing page by page as it arrives, honouring -Skip, -First and -IncludeTotalCount.</summary>
        /// <param name="keep">Filters WooPS applies itself, where the store offers none.</param>
        internal void WriteListing(WooSession session, WooResource resource, ListQuery query, string typeName, string plural, Func<PSObject, bool>? keep = null) =>
            WriteListing(session, resource, (log, cancellation) => Task.FromResult(query), typeName, plural, keep);

        /// <param name="makeQuery">Builds the query in the background, for filters the store must resolve first (category names).</param>
        internal void WriteListing(WooSession session, WooResource resource, Func<IWooLog, CancellationToken, Task<ListQuery>> makeQuery, string typeName, string plural, Func<PSObject, bool>? keep = null)
        {
            var paging = new ListPaging(PagingParameters, PageSize, resource.Paged);
            if (paging.NothingToFetch)
            {
                return;
            }

            var progress = new ListingProgress(MyInvocation.MyCommand.Name, plural);
            try
            {
                WriteListingPages(session, resource, makeQuery, typeName, paging, progress, keep);
            }
            finally
            {
                progress.Complete(this);
            }
        }

        private void WriteListingPages(WooSession session, WooResource resource, Func<IWooLog, CancellationToken, Task<ListQuery>> makeQuery, string typeName, ListPaging paging, ListingProgress progress, Func<PSObject, bool>? keep)
        {
            Run(async (queue, cancellation) =>
            {
                ListQuery query = await makeQuery(queue, cancellation).ConfigureAwait(false);
                query.PageSize = paging.PageSize;
                query.FirstPage = paging.FirstPage;
                // Items become PowerShell objects with their page's request, in parallel; the pipeline thread only writes them.
                await session.Catalog.ListAsync(resource, query, record => RecordConverter.ToPSObject(record, typeName), page =>
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

                        progress.Report(this, page, wanted.Count);
                        return !paging.Done;
                    });
                }, queue, cancellation).ConfigureAwait(false);
            });
        }
    }
}
