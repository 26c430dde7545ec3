namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>The callback of one REST route (permission check included, as WordPress runs both).</summary>
internal interface IRestEndpoint
{
    RestResponse Handle(RestRequest request);
}
