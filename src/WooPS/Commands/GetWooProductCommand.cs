using System;
using System.Management.Automation;
using WooPS.Base;
using WooPS.Core;
using WooPS.Core.Json;
using WooPS.Core.Resources;

namespace WooPS.Commands
{
    /// <summary>
    /// Products by id, or every product matching the filters, page after page as they arrive. Each product has
    /// every field WooCommerce returned, under WooCommerce's own names, with dates and money typed.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "WooProduct", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(ProductTypeName)]
    public sealed class GetWooProductCommand : WooSessionCmdlet
    {
        internal const string ProductTypeName = "WooPS.Product";
        private const string ListSet = "List";
        private const string IdSet = "Id";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateRange(1, long.MaxValue)]
        public long[] Id { get; set; } = Array.Empty<long>();

        /// <summary>Exact SKUs; several at once.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        public string[]? Sku { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        public string? Search { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ValidateSet("any", "draft", "pending", "private", "publish")]
        public string? Status { get; set; }

        protected override void ProcessRecord()
        {
            WooSession session = ResolveSession();
            if (ParameterSetName == IdSet)
            {
                WriteById(session);
            }
            else
            {
                WriteList(session);
            }
        }

        private void WriteById(WooSession session)
        {
            Run(async (queue, cancellation) =>
            {
                foreach (long id in Id)
                {
                    try
                    {
                        WooRecord product = await session.Products.GetAsync(id, queue, cancellation).ConfigureAwait(false);
                        queue.Post(() => WriteObject(RecordConverter.ToPSObject(product, ProductTypeName)));
                    }
                    catch (WooApiException failure) when (failure.IsAboutOneItem)
                    {
                        queue.WriteError(WooErrors.From(failure, id));
                    }
                }
            });
        }

        private void WriteList(WooSession session)
        {
            var paging = new ListPaging(PagingParameters);
            if (paging.NothingToFetch)
            {
                return;
            }

            var query = new ProductQuery { Sku = Sku, Search = Search, Status = Status, PageSize = paging.PageSize(ProductQuery.MaxPageSize) };
            Run((queue, cancellation) => session.Products.ListAsync(
                query,
                page =>
                {
                    var wanted = paging.Take(page.Items);
                    queue.Post(() =>
                    {
                        // PowerShell's convention: the total comes first, then the objects.
                        if (page.Number == 1 && PagingParameters.IncludeTotalCount)
                        {
                            WriteObject(page.TotalItems is long total
                                ? PagingParameters.NewTotalCount((ulong)total, 1.0)
                                : PagingParameters.NewTotalCount(0, 0.0));
                        }

                        foreach (WooRecord product in wanted)
                        {
                            WriteObject(RecordConverter.ToPSObject(product, ProductTypeName));
                        }
                    });
                    return !paging.Done;
                },
                queue,
                cancellation));
        }
    }
}
