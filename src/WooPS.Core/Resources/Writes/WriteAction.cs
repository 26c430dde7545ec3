namespace WooPS.Core.Resources.Writes
{
    public enum WriteAction
    {
        Create,
        Update,
        Delete,
    }
}
