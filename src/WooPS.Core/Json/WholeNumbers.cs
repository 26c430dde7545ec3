using System;

namespace WooPS.Core.Json
{
    /// <summary>Which .NET values are whole numbers, whatever their width: ids and counts, as JSON and PowerShell hand them over.</summary>
    internal static class WholeNumbers
    {
        public static bool Is(IConvertible value)
        {
            switch (value.GetTypeCode())
            {
                case TypeCode.Byte:
                case TypeCode.SByte:
                case TypeCode.Int16:
                case TypeCode.UInt16:
                case TypeCode.Int32:
                case TypeCode.UInt32:
                case TypeCode.Int64:
                case TypeCode.UInt64:
                    return true;
                default:
                    return false;
            }
        }
    }
}
