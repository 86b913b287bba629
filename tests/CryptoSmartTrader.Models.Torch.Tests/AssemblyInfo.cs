// libtorch's random generator and thread count are process-wide: tests run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
