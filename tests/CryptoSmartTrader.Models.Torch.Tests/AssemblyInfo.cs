// libtorch's random generator, grad mode and the live-object counter are process-wide: tests run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
